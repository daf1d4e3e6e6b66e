-- Issue 4, delivery status notifications: how many delay warnings (RFC 3464 Action: delayed) the sender
-- of this recipient's message has had, so each warning of parley.mta.delay-warnings goes once.
ALTER TABLE mta.recipient ADD COLUMN delay_warnings smallint NOT NULL DEFAULT 0;
