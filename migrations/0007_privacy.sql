-- Privacy: each city names its controller (town hall or association), its address and
-- data-protection contact, and may shorten or lengthen the retention of raw report
-- content within bounds; people inactive for a year are told before their account is
-- erased; notices that carry a person's data (her first name, her answer) say whose it
-- is, so that /forget can erase them.

ALTER TABLE city ADD COLUMN controller_kind TEXT NOT NULL DEFAULT 'town_hall'
    CHECK (controller_kind IN ('town_hall', 'association'));
ALTER TABLE city ADD COLUMN controller_name TEXT;
ALTER TABLE city ADD COLUMN controller_address TEXT;
ALTER TABLE city ADD COLUMN dpo_contact TEXT;
-- Months after closing before raw report content is erased; NULL: the operator's default.
ALTER TABLE city ADD COLUMN report_retention_months INTEGER
    CHECK (report_retention_months IN (3, 6, 12));
ALTER TABLE city ADD COLUMN privacy_updated_at TEXT;
ALTER TABLE city ADD COLUMN privacy_updated_by INTEGER REFERENCES person(id) ON DELETE SET NULL;

-- When she was told that her account would be erased for inactivity (cleared when she
-- writes again).
ALTER TABLE person ADD COLUMN inactivity_warned_at TEXT;
CREATE INDEX person_last_seen ON person (last_seen_at);

-- The person a queued or delivered message speaks of (not its recipient).
ALTER TABLE outbox ADD COLUMN about_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL;
CREATE INDEX outbox_about ON outbox (about_person_id);

CREATE INDEX report_event_note_at ON report_event (note, at);
