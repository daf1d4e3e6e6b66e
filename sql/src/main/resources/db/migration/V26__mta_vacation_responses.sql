-- Sieve vacation (RFC 5230 §4.1, §4.2): to whom a reply went, per account and handle, so that a sender gets
-- at most one reply per period. One row per (account, handle, sender), replaced when a new reply goes out.
-- Rows older than the longest period (365 days) are purged by the job controller (ADR 0042).
CREATE TABLE mta.vacation_response (
    account_id  bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    handle      text        NOT NULL,
    sender      text        NOT NULL,            -- lower case envelope sender
    replied_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, handle, sender)
);
CREATE INDEX vacation_response_replied_ix ON mta.vacation_response (replied_at);
