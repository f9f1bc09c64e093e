-- The discreet-mode offer at her first report is answered once ("yes" or "no thanks"):
-- when she answered, so that she is not asked again.
ALTER TABLE person ADD COLUMN discreet_offer_answered_at TEXT;
