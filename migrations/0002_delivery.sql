-- Delivery engine: the durable outbox of every message the bot sends on its own
-- initiative, and the scheduler's jobs.

-- Set when Telegram answers 403 (she blocked the bot); cleared when she writes again.
ALTER TABLE person ADD COLUMN unreachable_at TEXT;

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    dedup_key   TEXT NOT NULL UNIQUE,      -- enqueueing twice sends once
    kind        TEXT NOT NULL,             -- what it is for (inviter_joined, broadcast…)
    batch       TEXT,                      -- rows reported together (one broadcast)
    person_id   INTEGER REFERENCES person(id) ON DELETE CASCADE,
    quartier_id INTEGER REFERENCES quartier(id) ON DELETE CASCADE,  -- a quartier's group chat
    chat_id     INTEGER,                   -- where it went (filled when sent)
    message     TEXT,                      -- JSON message id + arguments; NULL once erased
    attachment  BLOB,                      -- optional picture; NULL once erased
    not_before  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sent', 'unreachable', 'failed', 'cancelled')),
    lease_until TEXT,                      -- claimed by the sender until then
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    CHECK ((person_id IS NULL) <> (quartier_id IS NULL))
);
CREATE INDEX outbox_due ON outbox (status, not_before);
CREATE INDEX outbox_batch ON outbox (batch);
CREATE INDEX outbox_person ON outbox (person_id);

CREATE TABLE job (
    id          INTEGER PRIMARY KEY,
    dedup_key   TEXT NOT NULL UNIQUE,      -- scheduling twice runs once
    kind        TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}',
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'done', 'skipped', 'failed')),
    lease_until TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    finished_at TEXT
);
CREATE INDEX job_due ON job (status, due_at);
