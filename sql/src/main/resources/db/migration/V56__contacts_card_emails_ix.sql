-- Issue 6: autocomplete finds the contacts a user writes to most among their cards directly (from
-- contacts.write_frequency to the cards holding that address), not only among the first matches of
-- a name search. The lookup is cards whose e-mail array contains an address.
CREATE INDEX card_emails_ix ON contacts.card USING gin (emails) WITH (fastupdate = off);
