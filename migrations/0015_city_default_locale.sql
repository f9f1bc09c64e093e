-- The language a city's broadcasts fall back to for people whose language has no
-- version (and that its quartier groups read). NULL: the instance's DEFAULT_LOCALE.
ALTER TABLE city ADD COLUMN default_locale TEXT;
