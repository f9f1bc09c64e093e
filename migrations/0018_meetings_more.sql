-- Meetings, more: minutes as files (a document such as a PDF, or the photos of an album),
-- kept by their Telegram file ids as JSON [{"kind": "photo"|"document", "file_id": "…"}].
-- `minutes_file_id` keeps the first of them (what the health view looks at).
ALTER TABLE meeting ADD COLUMN minutes_files TEXT;
