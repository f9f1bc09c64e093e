-- Solutions and actions (step 3 of the Agenda), and "did it get calmer?".
-- A solution is proposed for a quartier by a member (her role at that moment is kept,
-- so mothers' and actors' proposals are counted apart even after she is erased); an
-- action says what, who carries it, by when; the questions ask the quartier's mothers,
-- weeks after an action is done, whether it got calmer.

CREATE TABLE solution (
    id            INTEGER PRIMARY KEY,
    quartier_id   INTEGER NOT NULL REFERENCES quartier(id),
    -- NULL after her /forget: the solution stays, counted, without her.
    proposer_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    proposer_role TEXT NOT NULL,               -- shown to others instead of a name
    text          TEXT,                        -- NULL once her proposal is erased
    status        TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'accepted', 'merged', 'set_aside')),
    merged_into   INTEGER REFERENCES solution(id) ON DELETE SET NULL,
    decided_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    decided_at    TEXT,
    supporters    INTEGER NOT NULL DEFAULT 0,  -- a count that outlives erased accounts
    created_at    TEXT NOT NULL
);
CREATE INDEX solution_quartier ON solution (quartier_id, status);
CREATE INDEX solution_proposer ON solution (proposer_id);

-- The reports a solution answers.
CREATE TABLE solution_report (
    solution_id INTEGER NOT NULL REFERENCES solution(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    PRIMARY KEY (solution_id, report_id)
);

-- "I support this": once per person; erased with her (the count stays on `solution`).
CREATE TABLE solution_support (
    solution_id INTEGER NOT NULL REFERENCES solution(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    PRIMARY KEY (solution_id, person_id)
);
CREATE INDEX solution_support_person ON solution_support (person_id);

CREATE TABLE action (
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
    -- The meeting decision it comes from. No foreign key: the table `meeting_decision`
    -- comes with meetings (issue 15, migration 0012), on another branch.
    meeting_decision_id INTEGER,
    created_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    done_at       TEXT,
    -- The weekday × slot cell "did it get calmer?" asks at (from its linked reports).
    calmer_weekdays INTEGER,
    calmer_slot   TEXT
);
CREATE INDEX action_city_status ON action (city_id, status, due_at);
CREATE INDEX action_carrier ON action (carrier_id, status);
CREATE INDEX action_decision ON action (meeting_decision_id);

-- The reports an action answers: their reporters hear "you said, we did".
CREATE TABLE action_report (
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, report_id)
);
CREATE INDEX action_report_report ON action_report (report_id);

-- "Did it get calmer?": one question per person per round of an action; her answer stays
-- (without her) after /forget, so the results do not change.
CREATE TABLE calmer_question (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    round       INTEGER NOT NULL,              -- 1: two weeks after, 2: six weeks after
    person_id   INTEGER REFERENCES person(id) ON DELETE SET NULL,
    asked_at    TEXT NOT NULL,
    answer      TEXT CHECK (answer IN ('better', 'same', 'worse')),
    answered_at TEXT,
    UNIQUE (action_id, round, person_id)
);
CREATE INDEX calmer_question_person ON calmer_question (person_id);
CREATE INDEX calmer_question_action ON calmer_question (action_id, answer);
