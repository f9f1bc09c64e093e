-- `action.meeting_decision_id` gets its foreign key (it had none: meetings came on another
-- branch). SQLite cannot add one to an existing column, so the table is rebuilt the way
-- its documentation says (https://sqlite.org/lang_altertable.html#otheralter): a new
-- table, the rows copied, the old one dropped, the new one renamed, the indexes made
-- again. The migrator runs with foreign keys off (db::migrate), so dropping `action`
-- cascades nothing to `action_report` or `calmer_question`, which keep pointing at
-- `action` by name; `foreign_key_check` is required clean afterwards.
--
-- ON DELETE SET NULL: a decision that goes (its meeting erased) leaves the action, its
-- carrier and its follow-up as they are; only the link to the decision is lost
-- (docs/privacy/inventaire.md). A link already pointing at no decision is cleared.

CREATE TABLE action_new (
    id            INTEGER PRIMARY KEY,
    city_id       INTEGER NOT NULL REFERENCES city(id),
    quartier_id   INTEGER REFERENCES quartier(id),   -- NULL: for the whole city
    what          TEXT NOT NULL,
    -- Who carries it: a member (NULL after her /forget), or an organisation in words.
    carrier_id    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    carrier_org   TEXT,
    due_at        TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'started', 'blocked', 'done')),
    note          TEXT,                        -- what was done, or why it is blocked
    solution_id   INTEGER REFERENCES solution(id) ON DELETE SET NULL,
    -- The meeting decision it comes from; NULL when its decision is deleted.
    meeting_decision_id INTEGER REFERENCES meeting_decision(id) ON DELETE SET NULL,
    created_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    done_at       TEXT,
    -- The weekday × slot cell "did it get calmer?" asks at (from its linked reports).
    calmer_weekdays INTEGER,
    calmer_slot   TEXT
);

INSERT INTO action_new (
    id, city_id, quartier_id, what, carrier_id, carrier_org, due_at, status, note,
    solution_id, meeting_decision_id, created_by, created_at, updated_at, done_at,
    calmer_weekdays, calmer_slot
)
SELECT
    id, city_id, quartier_id, what, carrier_id, carrier_org, due_at, status, note,
    solution_id,
    CASE WHEN meeting_decision_id IN (SELECT id FROM meeting_decision)
         THEN meeting_decision_id END,
    created_by, created_at, updated_at, done_at, calmer_weekdays, calmer_slot
FROM action;

DROP TABLE action;
ALTER TABLE action_new RENAME TO action;

CREATE INDEX action_city_status ON action (city_id, status, due_at);
CREATE INDEX action_carrier ON action (carrier_id, status);
CREATE INDEX action_decision ON action (meeting_decision_id);
