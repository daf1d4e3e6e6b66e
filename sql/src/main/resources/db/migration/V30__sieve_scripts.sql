-- Sieve scripts per account (RFC 5228), edited over ManageSieve (RFC 5804), run by local delivery.
-- In the mail schema: scripts belong to the mailbox owner and go with the account (ADR 0050).
CREATE TABLE mail.sieve_script (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 512),
    content     text        NOT NULL,
    size_bytes  integer     NOT NULL CHECK (size_bytes >= 0),
    active      boolean     NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sieve_script_name_unique UNIQUE (account_id, name)
);

-- RFC 5804 §2.8: at most one active script per account, enforced by the database.
CREATE UNIQUE INDEX sieve_script_one_active ON mail.sieve_script (account_id) WHERE active;
