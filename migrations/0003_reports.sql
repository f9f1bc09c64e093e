-- Reports of moments d'incohésion, and the audit trail of every change to them.

CREATE TABLE report (
    id             INTEGER PRIMARY KEY,
    quartier_id    INTEGER NOT NULL REFERENCES quartier(id),
    number         INTEGER NOT NULL,           -- allocated in the report's transaction
    reference      TEXT NOT NULL,              -- prefix + number, ROU-0042
    reporter_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    anonymous      INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    category       TEXT NOT NULL,
    when_kind      TEXT NOT NULL CHECK (when_kind IN ('now', 'earlier_today', 'regularly')),
    cell_weekdays  INTEGER NOT NULL,           -- bit mask, Monday = 1 (city time zone)
    cell_slot      TEXT NOT NULL,
    place_text     TEXT,
    latitude       REAL,
    longitude      REAL,
    content_text   TEXT,
    voice_file_id  TEXT,
    photo_file_ids TEXT,                       -- JSON array of Telegram file ids
    audience       TEXT NOT NULL CHECK (audience IN ('coordinator', 'relays')),
    status         TEXT NOT NULL DEFAULT 'new'
                   CHECK (status IN ('new', 'acknowledged', 'on_agenda', 'in_progress',
                                     'resolved', 'duplicate', 'rejected')),
    safeguarding   INTEGER NOT NULL DEFAULT 0 CHECK (safeguarding IN (0, 1)),
    created_at     TEXT NOT NULL,
    closed_at      TEXT,
    UNIQUE (quartier_id, number)
);
CREATE INDEX report_reporter ON report (reporter_id);
CREATE INDEX report_quartier_status ON report (quartier_id, status);

-- Who changed what, when: every change of a report is kept here.
CREATE TABLE report_event (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    actor_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    at          TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT
);
CREATE INDEX report_event_report ON report_event (report_id);
