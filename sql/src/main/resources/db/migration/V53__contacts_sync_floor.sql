-- Deletion records are pruned after parley.contacts.deletions-keep-days (ADR 0070); a sync token
-- older than the newest pruned deletion can no longer be answered and gets DAV:valid-sync-token
-- (RFC 6578 §3.2), so the client lists the book again.
ALTER TABLE contacts.address_book ADD COLUMN sync_floor bigint NOT NULL DEFAULT 0;
CREATE INDEX card_deletion_deleted_at_ix ON contacts.card_deletion (deleted_at);
