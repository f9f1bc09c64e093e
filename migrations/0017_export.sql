-- Exports (issue 16): a year of a city's validated reports read in one ordered pass of an
-- index, without a random table page per report.
--
-- `report_export` is partial (only what an export may contain: validated for partners,
-- never a safeguarding report) and covering: ordered by (created_at, id) as the export
-- prints its rows, so no sort, and holding every column the export reads (the
-- `safeguarding` of its condition included), so the rows' table pages are never read.
-- The quartier's city is checked on the index's `quartier_id`.
CREATE INDEX report_export ON report
    (created_at, id, quartier_id, reference, category, cell_weekdays, cell_slot, status,
     latitude, longitude, partner_text, safeguarding)
    WHERE partner_text IS NOT NULL AND safeguarding = 0;

-- The status changes of each exported report (`status date;…`), read from the index alone
-- in the order the export prints them (by date, then as they were recorded).
CREATE INDEX report_event_change ON report_event (report_id, at, id, to_status, from_status)
    WHERE from_status IS NOT NULL AND to_status IS NOT NULL;
