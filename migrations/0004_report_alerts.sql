-- How a person who triages reports wants to hear of new ones, and when raw content was
-- erased by retention.

ALTER TABLE person ADD COLUMN alerts TEXT NOT NULL DEFAULT 'immediate'
    CHECK (alerts IN ('immediate', 'daily', 'off'));
ALTER TABLE report ADD COLUMN content_erased_at TEXT;
