-- The MTA's committed queue (issue 4): one row per accepted message, one per recipient with its own
-- delivery state, and an append-only delivery log. The message octets live in the blob store (the
-- same content-addressed store as mailboxes); a row is inserted only after its blob is fsynced, so a
-- queued row never points at missing content.

CREATE TABLE mta.message (
    queue_id       text        PRIMARY KEY,
    envelope_from  text        NOT NULL,            -- '' is the null reverse-path <>
    env_id         text,                            -- RFC 3461 §4.4 ENVID
    ret            text,                            -- RFC 3461 §4.3 RET
    body_type      text        NOT NULL DEFAULT '7bit',
    smtputf8       boolean     NOT NULL DEFAULT false,
    blob_sha256    text        NOT NULL,
    size           bigint      NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    listener       text        NOT NULL,            -- mx, submission, lmtp, internal
    source_ip      inet,
    helo           text,
    auth_user      text,
    CONSTRAINT message_ret_ck CHECK (ret IS NULL OR ret IN ('full', 'hdrs')),
    CONSTRAINT message_body_ck CHECK (body_type IN ('7bit', '8bitmime', 'binarymime')),
    CONSTRAINT message_size_ck CHECK (size >= 0)
);
-- blob garbage collection must treat queued blobs as referenced
CREATE INDEX message_blob_ix ON mta.message (blob_sha256);

CREATE TABLE mta.recipient (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue_id       text        NOT NULL REFERENCES mta.message (queue_id) ON DELETE CASCADE,
    address        text        NOT NULL,
    orcpt          text,                            -- RFC 3461 §4.2 ORCPT as "type;address"
    notify         text[]      NOT NULL DEFAULT '{}',   -- RFC 3461 §4.1: NEVER | SUCCESS, FAILURE, DELAY
    expanded_from  text,                            -- alias/group address this recipient came from
    state          text        NOT NULL DEFAULT 'queued',
    attempts       integer     NOT NULL DEFAULT 0,
    next_attempt   timestamptz NOT NULL DEFAULT now(),
    last_reply     text,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT recipient_state_ck CHECK (state IN ('queued', 'delivering', 'delivered', 'deferred', 'failed', 'held'))
);
CREATE INDEX recipient_queue_ix ON mta.recipient (queue_id);
-- the job controller's "what is due" scan; 'delivering' rows whose lease ran out are due again
CREATE INDEX recipient_due_ix ON mta.recipient (next_attempt)
    WHERE state IN ('queued', 'deferred', 'delivering');

-- Append-only: survives the queue rows (which go once every recipient is delivered).
CREATE TABLE mta.delivery_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    queue_id       text        NOT NULL,
    recipient      text        NOT NULL,
    delivered_to   text,
    outcome        text        NOT NULL,
    reply          text,
    CONSTRAINT delivery_log_outcome_ck CHECK (outcome IN ('delivered', 'deferred', 'failed', 'expanded', 'discarded'))
);
CREATE INDEX delivery_log_queue_ix ON mta.delivery_log (queue_id);
CREATE INDEX delivery_log_at_ix ON mta.delivery_log (at);
