-- RFC 3501 §2.3.2 \Recent for IMAP4rev1 sessions: "this session is the first session to have been
-- notified about this message". The first UID not yet claimed by any session; a read-write SELECT
-- of an IMAP4rev1 session claims [recent_uid, uidnext) under the mailbox row lock and moves it to
-- uidnext, so each message is recent in exactly one session. IMAP4rev2 (RFC 9051) has no \Recent.
ALTER TABLE mail.mailbox ADD COLUMN recent_uid bigint NOT NULL DEFAULT 1;
-- messages already stored were seen by the sessions of the time: none of them is recent now
UPDATE mail.mailbox SET recent_uid = uidnext;
ALTER TABLE mail.mailbox ADD CONSTRAINT mailbox_recent_uid_ck CHECK (recent_uid BETWEEN 1 AND 4294967296);
