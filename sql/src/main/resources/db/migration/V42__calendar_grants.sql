-- Calendar access grants (issue 5, ADR 0062): a user, every user of a domain, or every authenticated
-- user may see a calendar's free/busy time, read it, or write to it. Owners always have all rights.
CREATE TABLE calendar.calendar_grant (
    calendar_id  bigint      NOT NULL REFERENCES calendar.calendar (id) ON DELETE CASCADE,
    -- 'user@domain' (lower case), '@domain', or '*' for everyone
    grantee      text        NOT NULL,
    access       text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_grant_pk PRIMARY KEY (calendar_id, grantee),
    CONSTRAINT calendar_grant_access_ck CHECK (access IN ('free-busy', 'read', 'write')),
    CONSTRAINT calendar_grant_grantee_ck CHECK (grantee = '*' OR grantee ~ '^[^@\s]*@[^@\s]+$')
);
CREATE INDEX calendar_grant_grantee_ix ON calendar.calendar_grant (grantee);
