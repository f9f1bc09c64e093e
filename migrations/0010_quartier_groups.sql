-- Quartier groups: the bot keeps the door of each linked Telegram group. It holds an
-- invite link that asks for approval, decides each join request by the roles of the
-- moment, and takes out those it let in once their role in the quartier ends.

-- The invite link the bot created (it asks the bot's approval); NULL until one exists.
ALTER TABLE quartier ADD COLUMN group_invite_link TEXT;
-- Why the link to the group no longer works (NULL while it works): the bot was removed,
-- lost its rights, or the group became a supergroup; fixed by /linkgroup again.
ALTER TABLE quartier ADD COLUMN group_broken TEXT
    CHECK (group_broken IN ('bot_removed', 'bot_demoted', 'migrated'));

-- Who, besides mothers, relays and facilitators (and coordinators), the city's groups
-- let in: local actors and élus only if a coordinator says so in /settings.
ALTER TABLE city ADD COLUMN group_admits_actors INTEGER NOT NULL DEFAULT 0
    CHECK (group_admits_actors IN (0, 1));
ALTER TABLE city ADD COLUMN group_admits_elected INTEGER NOT NULL DEFAULT 0
    CHECK (group_admits_elected IN (0, 1));

-- A person the bot let into a quartier's group, and when it took her out.
CREATE TABLE group_admission (
    id          INTEGER PRIMARY KEY,
    quartier_id INTEGER NOT NULL REFERENCES quartier(id),
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    admitted_at TEXT NOT NULL,
    removed_at  TEXT
);
-- One open admission per person and quartier.
CREATE UNIQUE INDEX group_admission_open ON group_admission (quartier_id, person_id)
    WHERE removed_at IS NULL;
CREATE INDEX group_admission_person ON group_admission (person_id);
