-- SELECT/EXAMINE lists every message's uid, modseq, flags, keywords, internal date and size
-- (MessageStore.snapshot/list). The rows of mail.message are wide (headers, envelope and body
-- structure JSON, sort keys: ~1.2 KB each), so reading those narrow columns from the heap scans the
-- whole table; this covering index answers the listing with an index-only scan in key order
-- (100,000 messages: ~10 ms instead of ~90 ms). Flag columns are already indexed (partial unseen /
-- deleted indexes, GIN on keywords), so STORE updates were not HOT before and this costs no HOT.
CREATE INDEX message_listing_ix ON mail.message (mailbox_id, uid)
    INCLUDE (modseq, seen, answered, flagged, deleted, draft, internal_date, size, keywords);
