-- Foundation: people and their Telegram accounts, cities, quartiers, roles,
-- invitations, and the per-chat dialogue state with the last processed update.
-- Times are UTC, stored as RFC 3339 text.

CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    first_name   TEXT,                 -- optional, given with her consent
    locale       TEXT NOT NULL,
    discreet     INTEGER NOT NULL DEFAULT 0 CHECK (discreet IN (0, 1)),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);

-- A person is not her Telegram account: a new phone or /forget is a change here only.
CREATE TABLE telegram_account (
    telegram_user_id INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
    chat_id          INTEGER NOT NULL,
    linked_at        TEXT NOT NULL
);

CREATE TABLE city (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    timezone   TEXT NOT NULL,
    created_by INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE quartier (
    id            INTEGER PRIMARY KEY,
    city_id       INTEGER NOT NULL REFERENCES city(id),
    name          TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    group_chat_id INTEGER UNIQUE,
    created_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    UNIQUE (city_id, prefix)
);

-- A quartier prefix starts every report reference: it never changes.
CREATE TRIGGER quartier_prefix_is_immutable
BEFORE UPDATE OF prefix ON quartier
WHEN NEW.prefix IS NOT OLD.prefix
BEGIN
    SELECT RAISE(ABORT, 'a quartier prefix never changes');
END;

-- One role of one person over a city or a quartier, for a period.
CREATE TABLE role_assignment (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('mother', 'relay', 'facilitator', 'actor', 'coordinator', 'elected')),
    city_id     INTEGER NOT NULL REFERENCES city(id),
    quartier_id INTEGER REFERENCES quartier(id),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT,
    granted_by  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    CHECK ((role IN ('coordinator', 'elected')) = (quartier_id IS NULL))
);
CREATE INDEX role_assignment_person ON role_assignment (person_id);
CREATE INDEX role_assignment_scope ON role_assignment (city_id, quartier_id);

CREATE TABLE invitation (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('mother', 'relay', 'facilitator', 'actor', 'coordinator', 'elected')),
    city_id     INTEGER NOT NULL REFERENCES city(id),
    quartier_id INTEGER REFERENCES quartier(id),
    created_by  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    max_uses    INTEGER NOT NULL CHECK (max_uses > 0),
    uses        INTEGER NOT NULL DEFAULT 0,
    revoked_at  TEXT,
    CHECK ((role IN ('coordinator', 'elected')) = (quartier_id IS NULL))
);

CREATE TABLE invitation_use (
    invitation_id INTEGER NOT NULL REFERENCES invitation(id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    used_at       TEXT NOT NULL,
    PRIMARY KEY (invitation_id, person_id)
);

-- Where each chat is in its dialogue, and the last update processed for it: both are
-- written in the transaction of the update's effect, so a replayed update changes nothing.
CREATE TABLE chat_state (
    chat_id        INTEGER PRIMARY KEY,
    state          TEXT NOT NULL,
    last_update_id INTEGER NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX chat_state_updated ON chat_state (updated_at);
