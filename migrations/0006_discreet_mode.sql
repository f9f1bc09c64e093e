-- Discreet mode: the messages of a report dialogue (hers and the bot's) are remembered
-- until the dialogue ends, then deleted from the chat through the outbox.

CREATE TABLE chat_message (
    chat_id    INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (chat_id, message_id)
);

-- An outbox row may delete messages instead of sending one (JSON array of ids).
ALTER TABLE outbox ADD COLUMN delete_ids TEXT;
