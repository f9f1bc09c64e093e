-- What partners may read of a report (a text validated by a coordinator or a relay,
-- without identity), and questions asked to a reporter through the bot.

ALTER TABLE report ADD COLUMN partner_text TEXT;
ALTER TABLE report ADD COLUMN validated_at TEXT;

CREATE TABLE report_question (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    asked_by    INTEGER REFERENCES person(id) ON DELETE SET NULL,
    question    TEXT,
    asked_at    TEXT NOT NULL,
    answer      TEXT,
    answered_at TEXT
);
CREATE INDEX report_question_report ON report_question (report_id);
