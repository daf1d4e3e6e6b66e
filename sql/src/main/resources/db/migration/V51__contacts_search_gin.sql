-- Autocomplete reads these GIN indexes on every keystroke. With fastupdate (the default) new rows
-- wait in a pending list that every search scans linearly until VACUUM merges it: measured 14 ms for
-- a search with no match after 20,000 inserted cards, 0.05 ms once merged (ADR 0071). Inserts pay
-- instead, which suits contacts (written rarely, searched often).
ALTER INDEX contacts.card_search_ix SET (fastupdate = off);
ALTER INDEX directory.account_directory_search_ix SET (fastupdate = off);
ALTER INDEX directory.mail_group_directory_search_ix SET (fastupdate = off);
