-- Broadcasts: one announcement for chosen people of a city, in several language
-- versions (text and/or voice note). Each recipient's copy is an outbox row (batch
-- 'broadcast:<id>'); this table holds the announcement, its versions, the author's live
-- report message and who understood it.

CREATE TABLE broadcast (
    id              INTEGER PRIMARY KEY,
    city_id         INTEGER NOT NULL REFERENCES city(id),
    -- NULL after her /forget: the broadcast stays for its recipients, without her.
    author_id       INTEGER REFERENCES person(id) ON DELETE SET NULL,
    author_chat_id  INTEGER,
    audience        TEXT NOT NULL,             -- JSON: quartiers, roles, groups
    default_locale  TEXT NOT NULL,             -- the version of those without their own
    status          TEXT NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('scheduled', 'sending', 'done', 'cancelled')),
    send_at         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    sent_at         TEXT,                      -- when its rows were written
    cancelled_at    TEXT,
    finished_at     TEXT,                      -- when the last row was settled
    recipients      INTEGER NOT NULL DEFAULT 0,
    understood      INTEGER NOT NULL DEFAULT 0,  -- a count that outlives erased accounts
    progress_message_id INTEGER,               -- the author's live report, edited
    progress_text   TEXT,                      -- what it shows (not re-sent unchanged)
    progress_at     TEXT
);
CREATE INDEX broadcast_author ON broadcast (author_id);
CREATE INDEX broadcast_status ON broadcast (status);

CREATE TABLE broadcast_version (
    broadcast_id INTEGER NOT NULL REFERENCES broadcast(id) ON DELETE CASCADE,
    locale       TEXT NOT NULL,
    text         TEXT,                          -- NULL once erased
    voice_file_id TEXT,                         -- Telegram's file id; NULL once erased
    PRIMARY KEY (broadcast_id, locale)
);

-- "Understood ✅": once per person; erased with her (the count stays on `broadcast`).
CREATE TABLE broadcast_ack (
    broadcast_id INTEGER NOT NULL REFERENCES broadcast(id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    acked_at     TEXT NOT NULL,
    PRIMARY KEY (broadcast_id, person_id)
);
CREATE INDEX broadcast_ack_person ON broadcast_ack (person_id);
