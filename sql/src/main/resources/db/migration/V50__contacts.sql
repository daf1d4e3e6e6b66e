-- Contacts (issue 6, ADR 0070): personal address books, cards kept as sent with an indexed view,
-- deletions for WebDAV sync (RFC 6578), photos as blobs, shares, and how often each user writes to
-- an address (autocomplete ranking). The corporate directory is not copied here: it is read from the
-- directory schema (see the indexes at the end).

CREATE TABLE contacts.address_book (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id      bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    display_name  text        NOT NULL,
    description   text,
    is_default    boolean     NOT NULL DEFAULT false,
    -- RFC 6578: the book's sync token is its highest modseq; every card change takes the next one
    modseq        bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT address_book_name_ck CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    CONSTRAINT address_book_owner_name_uk UNIQUE (owner_id, name)
);
CREATE UNIQUE INDEX address_book_one_default_uk ON contacts.address_book (owner_id) WHERE is_default;

CREATE TABLE contacts.card (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    book_id        bigint      NOT NULL REFERENCES contacts.address_book (id) ON DELETE CASCADE,
    resource_name  text        NOT NULL,
    uid            text        NOT NULL,
    etag           text        NOT NULL,
    version        text        NOT NULL,
    kind           text        NOT NULL DEFAULT 'individual',
    vcard          text        NOT NULL,
    size_bytes     integer     NOT NULL,
    formatted_name text        NOT NULL,
    emails         text[]      NOT NULL DEFAULT '{}',
    phones         text[]      NOT NULL DEFAULT '{}',
    organization   text,
    members        text[]      NOT NULL DEFAULT '{}',
    -- words for autocomplete (name, addresses, their local parts and domains, organisation)
    search_text    text        NOT NULL DEFAULT '',
    search         tsvector    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
    modseq         bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT card_version_ck CHECK (version IN ('3.0', '4.0')),
    CONSTRAINT card_kind_ck CHECK (kind IN ('individual', 'group', 'org', 'location')),
    CONSTRAINT card_resource_name_ck CHECK (length(resource_name) BETWEEN 1 AND 255 AND resource_name !~ '[/\\]'),
    CONSTRAINT card_resource_uk UNIQUE (book_id, resource_name),
    -- RFC 6352 §6.3.2.1 no-uid-conflict: one UID per address book
    CONSTRAINT card_uid_uk UNIQUE (book_id, uid)
);
CREATE INDEX card_book_modseq_ix ON contacts.card (book_id, modseq);
CREATE INDEX card_search_ix ON contacts.card USING gin (search);

-- Deleted resources since a sync token (RFC 6578 §3.5); a card created again under the same name
-- removes its row. Kept until pruned; tokens older than the book's floor get valid-sync-token.
CREATE TABLE contacts.card_deletion (
    book_id        bigint      NOT NULL REFERENCES contacts.address_book (id) ON DELETE CASCADE,
    resource_name  text        NOT NULL,
    modseq         bigint      NOT NULL,
    deleted_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT card_deletion_pk PRIMARY KEY (book_id, resource_name)
);
CREATE INDEX card_deletion_book_modseq_ix ON contacts.card_deletion (book_id, modseq);

-- Inline photos, decoded and kept in the blob store (base64 text: the store normalises line ends).
CREATE TABLE contacts.card_photo (
    card_id     bigint  NOT NULL PRIMARY KEY REFERENCES contacts.card (id) ON DELETE CASCADE,
    media_type  text    NOT NULL,
    blob_sha256 text    NOT NULL,
    blob_size   bigint  NOT NULL
);
CREATE INDEX card_photo_blob_ix ON contacts.card_photo (blob_sha256);

CREATE TABLE contacts.book_share (
    book_id     bigint      NOT NULL REFERENCES contacts.address_book (id) ON DELETE CASCADE,
    account_id  bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    access      text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT book_share_pk PRIMARY KEY (book_id, account_id),
    CONSTRAINT book_share_access_ck CHECK (access IN ('read', 'read-write'))
);
CREATE INDEX book_share_account_ix ON contacts.book_share (account_id);

-- How often an account has sent mail to an address (submission), for autocomplete ranking.
CREATE TABLE contacts.write_frequency (
    account_id  bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    address     text        NOT NULL,
    count       integer     NOT NULL DEFAULT 0,
    last_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT write_frequency_pk PRIMARY KEY (account_id, address),
    CONSTRAINT write_frequency_address_ck CHECK (address = lower(address))
);

-- Corporate directory (global address list): entries an administrator hides stay deliverable but
-- are not listed or suggested.
ALTER TABLE directory.account ADD COLUMN hidden_in_directory boolean NOT NULL DEFAULT false;
ALTER TABLE directory.mail_group ADD COLUMN hidden_in_directory boolean NOT NULL DEFAULT false;

-- Autocomplete over the directory: word prefixes (to_tsquery 'x:*') of the display name and of the
-- local part split at . _ - + (dev.parley.contacts.ContactSearch uses the same expressions).
CREATE INDEX account_directory_search_ix ON directory.account USING gin
    (to_tsvector('simple'::regconfig, coalesce(display_name, '') || ' ' || translate(local_part, '._-+', '    ')));
CREATE INDEX mail_group_directory_search_ix ON directory.mail_group USING gin
    (to_tsvector('simple'::regconfig, coalesce(display_name, '') || ' ' || translate(local_part, '._-+', '    ')));
