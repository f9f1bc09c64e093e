-- Public ids (of exports) are drawn when a report's text is validated for partners, no
-- longer at the first export: the reports validated before this migration get theirs now.
INSERT OR IGNORE INTO report_public_id (report_id, public_id)
SELECT id, lower(hex(randomblob(12))) FROM report
WHERE partner_text IS NOT NULL AND safeguarding = 0;
