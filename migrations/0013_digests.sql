-- Summaries to élus: when each city's weekly digest goes out, and the public numbers
-- under which validated reports are exported (Open311), which reveal nothing of the
-- internal ids.

CREATE TABLE digest_setting (
    city_id    INTEGER PRIMARY KEY REFERENCES city(id),
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),  -- Monday = 0
    hour       INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),    -- city time zone
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    updated_at TEXT NOT NULL
);

CREATE TABLE report_public_id (
    report_id  INTEGER PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
    public_id  TEXT NOT NULL UNIQUE           -- random, drawn at the first export
);

-- The digest reads a city's reports of a period grouped by cell, category and status:
-- this index covers it, so that a week of a city of 100 quartiers reads only the index.
CREATE INDEX report_digest ON report
    (quartier_id, created_at, safeguarding, status, category, cell_weekdays, cell_slot);
-- Exports and excerpts read only the reports validated for partners (never safeguarding):
-- a partial index skips the others without reading their rows.
CREATE INDEX report_validated ON report (quartier_id, created_at)
    WHERE partner_text IS NOT NULL AND safeguarding = 0;
