-- A dialogue's expiry gets its own markers, so that the expiry job reads no dialogue JSON
-- (renaming a dialogue state can no longer break expiry):
--   in_dialogue    1 while a dialogue is in progress: the job erases it after its time to live;
--   keeps_messages 1 while its messages are kept for deletion in discreet mode;
--   expired_at     when the job erased it; she is told at her next message.
-- `state` becomes nullable: an erased dialogue keeps nothing of what it held.
-- (Run with foreign keys off; no foreign key points to or from chat_state.)

CREATE TABLE chat_state_new (
    chat_id        INTEGER PRIMARY KEY,
    state          TEXT,
    last_update_id INTEGER NOT NULL,
    updated_at     TEXT NOT NULL,
    in_dialogue    INTEGER NOT NULL DEFAULT 0 CHECK (in_dialogue IN (0, 1)),
    keeps_messages INTEGER NOT NULL DEFAULT 0 CHECK (keeps_messages IN (0, 1)),
    expired_at     TEXT
);

-- Rows written before are read once, in the JSON of the version that wrote them; a state
-- no version reads counts as in progress, so that it expires and she is told.
INSERT INTO chat_state_new
    (chat_id, state, last_update_id, updated_at, in_dialogue, keeps_messages, expired_at)
SELECT chat_id,
       CASE WHEN awaiting = 'expired' THEN NULL ELSE state END,
       last_update_id,
       updated_at,
       awaiting IS NULL OR awaiting NOT IN ('idle', 'expired'),
       awaiting IS NOT NULL AND awaiting IN ('report', 'answer_text'),
       CASE WHEN awaiting = 'expired' THEN updated_at END
FROM (SELECT *, CASE WHEN json_valid(state) THEN json_extract(state, '$.awaiting') END AS awaiting
      FROM chat_state);

DROP TABLE chat_state;
ALTER TABLE chat_state_new RENAME TO chat_state;
CREATE INDEX chat_state_updated ON chat_state (updated_at);
CREATE INDEX chat_state_in_dialogue ON chat_state (in_dialogue, updated_at);

-- Queries that scale: a chat's person (the expiry job, discreet deletions), and a
-- quartier's reports of a period (the daily round-up).
CREATE INDEX telegram_account_chat ON telegram_account (chat_id);
CREATE INDEX report_quartier_created ON report (quartier_id, created_at);
