-- Concertation meetings: the meeting, its quartiers, agenda, invitees with their answers
-- and attendance, minutes and decisions. Invitations, changes, reminders and minutes are
-- outbox rows (batch 'meeting:<id>'); reminders are scheduler jobs ('meeting_reminder').

CREATE TABLE meeting (
    id               INTEGER PRIMARY KEY,
    city_id          INTEGER NOT NULL REFERENCES city(id),
    -- NULL after her /forget: the meeting stays for those invited, without her.
    organiser_id     INTEGER REFERENCES person(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL
                     CHECK (kind IN ('concertation', 'workshop', 'training', 'restitution')),
    title            TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    place            TEXT,                      -- in words
    latitude         REAL,                      -- a Telegram location, if given
    longitude        REAL,
    audience         TEXT NOT NULL,             -- JSON: quartiers, roles, groups (as broadcasts)
    reminders        TEXT NOT NULL DEFAULT '3d,2h',
    sequence         INTEGER NOT NULL DEFAULT 0, -- iCalendar SEQUENCE: one more at each change
    status           TEXT NOT NULL DEFAULT 'planned'
                     CHECK (status IN ('planned', 'cancelled')),
    created_at       TEXT NOT NULL,
    cancelled_at     TEXT,
    guests_without_bot INTEGER NOT NULL DEFAULT 0, -- people who came without the bot
    minutes_text     TEXT,
    minutes_file_id  TEXT,                      -- a document or photo's Telegram file id
    minutes_at       TEXT
);
CREATE INDEX meeting_city ON meeting (city_id, starts_at);
CREATE INDEX meeting_organiser ON meeting (organiser_id);

CREATE TABLE meeting_quartier (
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    quartier_id INTEGER NOT NULL REFERENCES quartier(id),
    PRIMARY KEY (meeting_id, quartier_id)
);
CREATE INDEX meeting_quartier_quartier ON meeting_quartier (quartier_id);

-- An agenda item: a report of the quartier (shown to each as she may see it) or free text.
CREATE TABLE meeting_agenda_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    report_id   INTEGER REFERENCES report(id) ON DELETE SET NULL,
    text        TEXT,
    CHECK (report_id IS NOT NULL OR text IS NOT NULL)
);
CREATE INDEX meeting_agenda_meeting ON meeting_agenda_item (meeting_id, position);

-- One invited person. After her /forget the row stays without her, her answer and needs
-- (the role and the attendance stay as counts).
CREATE TABLE meeting_invitee (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id           INTEGER REFERENCES person(id) ON DELETE SET NULL,
    role                TEXT NOT NULL,          -- the role she was invited as
    rsvp                TEXT CHECK (rsvp IN ('yes', 'yes_interpreting', 'yes_children', 'maybe', 'no')),
    interpreting_locale TEXT,                   -- the language she needs interpreted into
    children            INTEGER,                -- how many children to look after
    answered_at         TEXT,
    attended            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX meeting_invitee_person ON meeting_invitee (person_id);

-- Decisions taken at a meeting; issue 17 turns them into actions.
CREATE TABLE meeting_decision (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    created_by  INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id);

CREATE TABLE meeting_decision_report (
    decision_id INTEGER NOT NULL REFERENCES meeting_decision(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, report_id)
);
CREATE INDEX meeting_decision_report_report ON meeting_decision_report (report_id);
