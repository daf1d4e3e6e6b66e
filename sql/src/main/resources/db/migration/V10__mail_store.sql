-- Message store (DESIGN.md "Storage", docs/adr/0020-message-store-schema.md): mailboxes, message
-- metadata, expunge tombstones, quota usage and ACLs. Message bodies live in the blob store on disk,
-- referenced by SHA-256; everything SELECT/FETCH/SEARCH/SORT needs is a column here.

-- pg_trgm: substring (ILIKE) header search from a GIN index. A trusted extension since
-- PostgreSQL 13, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- RFC 9051 §2.3.1.1: a mailbox name re-created after a delete must get a new UIDVALIDITY. One
-- increasing sequence for all mailboxes guarantees that; it starts at the epoch seconds of the
-- migration so that a re-installed database does not hand out values clients have seen before.
CREATE SEQUENCE mail.uidvalidity_seq MINVALUE 1 MAXVALUE 4294967295;
SELECT setval('mail.uidvalidity_seq', extract(epoch FROM now())::bigint);

-- Thread ids (JMAP-style conversation ids; RFC 5256 THREAD is computed from the thread keys).
CREATE SEQUENCE mail.thread_seq;

CREATE TABLE mail.mailbox (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    -- full name, '/' hierarchy delimiter, UTF-8; "INBOX" always in upper case (RFC 9051 §5.1)
    name           text        NOT NULL,
    parent_id      bigint      REFERENCES mail.mailbox (id),
    special_use    text,
    uidvalidity    bigint      NOT NULL DEFAULT nextval('mail.uidvalidity_seq'),
    uidnext        bigint      NOT NULL DEFAULT 1,
    highestmodseq  bigint      NOT NULL DEFAULT 1,
    -- cached under the mailbox row lock that every change takes anyway (STATUS MESSAGES/SIZE)
    message_count  bigint      NOT NULL DEFAULT 0,
    total_bytes    bigint      NOT NULL DEFAULT 0,
    -- every keyword ever set here: the FLAGS / PERMANENTFLAGS answer of SELECT without a scan
    keywords       text[]      NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mailbox_account_name_uk UNIQUE (account_id, name),
    CONSTRAINT mailbox_name_ck CHECK (name <> '' AND left(name, 1) <> '/' AND right(name, 1) <> '/'
        AND strpos(name, '//') = 0 AND octet_length(name) <= 1024),
    -- RFC 6154 §2 special-use attributes
    CONSTRAINT mailbox_special_use_ck CHECK (special_use IN
        ('\All', '\Archive', '\Drafts', '\Flagged', '\Junk', '\Sent', '\Trash')),
    -- RFC 9051 §2.3.1.1: UIDs and UIDVALIDITY are non-zero 32-bit unsigned numbers
    CONSTRAINT mailbox_uidvalidity_ck CHECK (uidvalidity BETWEEN 1 AND 4294967295),
    CONSTRAINT mailbox_uidnext_ck CHECK (uidnext BETWEEN 1 AND 4294967296),
    CONSTRAINT mailbox_highestmodseq_ck CHECK (highestmodseq >= 1),
    CONSTRAINT mailbox_counts_ck CHECK (message_count >= 0 AND total_bytes >= 0)
);
CREATE INDEX mailbox_parent_ix ON mail.mailbox (parent_id);
CREATE INDEX mailbox_special_use_ix ON mail.mailbox (account_id, special_use) WHERE special_use IS NOT NULL;

CREATE TABLE mail.message (
    mailbox_id     bigint      NOT NULL REFERENCES mail.mailbox (id) ON DELETE CASCADE,
    uid            bigint      NOT NULL,
    -- owner of the mailbox, denormalised for threading and quota recounts
    account_id     bigint      NOT NULL,
    modseq         bigint      NOT NULL,
    -- RFC 9051 §2.3.2 system flags; \Recent is not stored (RFC 9051 removed it)
    seen           boolean     NOT NULL DEFAULT false,
    answered       boolean     NOT NULL DEFAULT false,
    flagged        boolean     NOT NULL DEFAULT false,
    deleted        boolean     NOT NULL DEFAULT false,
    draft          boolean     NOT NULL DEFAULT false,
    keywords       text[]      NOT NULL DEFAULT '{}',
    internal_date  timestamptz NOT NULL,
    size           bigint      NOT NULL,
    blob_sha256    text        NOT NULL,
    thread_id      bigint      NOT NULL,
    message_id     text,
    refs           text[]      NOT NULL DEFAULT '{}',
    -- the mime model (dev.parley.mail.mime) as JSON (docs/adr/0021-cached-mime-model-as-jsonb.md)
    envelope       jsonb       NOT NULL,
    body_structure jsonb       NOT NULL,
    header_length  integer     NOT NULL,
    -- decoded, unfolded header block, one "name: value" per line, for SEARCH HEADER/FROM/...
    headers        text        NOT NULL,
    -- RFC 5256 §3 sort keys (ARRIVAL = internal_date, SIZE = size)
    sort_date      timestamptz NOT NULL,
    sort_from      text        NOT NULL DEFAULT '',
    sort_to        text        NOT NULL DEFAULT '',
    sort_cc        text        NOT NULL DEFAULT '',
    sort_subject   text        NOT NULL DEFAULT '',
    search_text    tsvector    NOT NULL,
    CONSTRAINT message_pk PRIMARY KEY (mailbox_id, uid),
    CONSTRAINT message_uid_ck CHECK (uid BETWEEN 1 AND 4294967295),
    CONSTRAINT message_modseq_ck CHECK (modseq >= 1),
    CONSTRAINT message_size_ck CHECK (size >= 0),
    CONSTRAINT message_blob_ck CHECK (blob_sha256 ~ '^[0-9a-f]{64}$')
);
-- CONDSTORE/QRESYNC: CHANGEDSINCE, SEARCH MODSEQ (RFC 7162 §3.1.4, §3.1.5)
CREATE INDEX message_modseq_ix ON mail.message (mailbox_id, modseq);
-- SEARCH UNSEEN / DELETED, STATUS UNSEEN, first unseen at SELECT: partial, so they stay small
CREATE INDEX message_unseen_ix ON mail.message (mailbox_id, uid) WHERE NOT seen;
CREATE INDEX message_deleted_ix ON mail.message (mailbox_id, uid) WHERE deleted;
-- SEARCH KEYWORD
CREATE INDEX message_keywords_ix ON mail.message USING gin (keywords);
-- SEARCH HEADER / FROM / TO / CC / BCC / SUBJECT: substring match from trigrams
CREATE INDEX message_headers_trgm_ix ON mail.message USING gin (headers gin_trgm_ops);
-- SEARCH BODY / TEXT
CREATE INDEX message_search_ix ON mail.message USING gin (search_text);
-- SORT DATE / ARRIVAL, SEARCH SENTSINCE / SINCE
CREATE INDEX message_sort_date_ix ON mail.message (mailbox_id, sort_date);
CREATE INDEX message_internal_date_ix ON mail.message (mailbox_id, internal_date);
-- threading: find the thread of a parent by its Message-ID
CREATE INDEX message_message_id_ix ON mail.message (account_id, message_id) WHERE message_id IS NOT NULL;
-- blob garbage collection: "is this blob still referenced?"
CREATE INDEX message_blob_ix ON mail.message (blob_sha256);

-- RFC 9051 §6.3.7: subscriptions are names, not mailboxes: "the server MUST NOT unilaterally remove
-- an existing mailbox name from the subscription list even if a mailbox by that name no longer exists".
CREATE TABLE mail.subscription (
    account_id  bigint NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    name        text   NOT NULL,
    CONSTRAINT subscription_pk PRIMARY KEY (account_id, name)
);

-- RFC 7162 §3.2.5: expunged UIDs with the modseq of their expunge, for QRESYNC VANISHED (EARLIER)
CREATE TABLE mail.expunged (
    mailbox_id  bigint NOT NULL REFERENCES mail.mailbox (id) ON DELETE CASCADE,
    uid         bigint NOT NULL,
    modseq      bigint NOT NULL,
    CONSTRAINT expunged_pk PRIMARY KEY (mailbox_id, uid)
);
CREATE INDEX expunged_modseq_ix ON mail.expunged (mailbox_id, modseq);

-- RFC 9208: usage per account (resources STORAGE and MESSAGE of the root ""). The row exists once
-- the account is provisioned; limits come from directory.account.quota_bytes and configuration.
CREATE TABLE mail.quota_usage (
    account_id  bigint NOT NULL PRIMARY KEY REFERENCES directory.account (id) ON DELETE CASCADE,
    bytes       bigint NOT NULL DEFAULT 0,
    messages    bigint NOT NULL DEFAULT 0,
    CONSTRAINT quota_usage_ck CHECK (bytes >= 0 AND messages >= 0)
);

-- RFC 4314 access control lists. The owner holds all rights implicitly; identifier is "anyone",
-- an account address, or either prefixed by '-' for negative rights (RFC 4314 §2).
CREATE TABLE mail.acl (
    mailbox_id  bigint NOT NULL REFERENCES mail.mailbox (id) ON DELETE CASCADE,
    identifier  text   NOT NULL,
    rights      text   NOT NULL,
    CONSTRAINT acl_pk PRIMARY KEY (mailbox_id, identifier),
    CONSTRAINT acl_identifier_ck CHECK (identifier <> '' AND identifier = lower(identifier)),
    -- RFC 4314 §2.1 rights, stored in canonical order without duplicates
    CONSTRAINT acl_rights_ck CHECK (rights ~ '^l?r?s?w?i?p?k?x?t?e?a?$' AND rights <> '')
);
CREATE INDEX acl_identifier_ix ON mail.acl (identifier);
