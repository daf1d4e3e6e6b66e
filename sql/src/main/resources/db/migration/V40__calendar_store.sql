-- Calendar store (issue 5, ADR 0060): calendars per account, calendar objects kept as sent (raw
-- iCalendar) with an indexed view, the expanded instances of each object for time-range queries
-- (RFC 4791 §9.9), and deletions for WebDAV sync (RFC 6578).

CREATE TABLE calendar.calendar (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id      bigint      NOT NULL REFERENCES directory.account (id) ON DELETE CASCADE,
    name          text        NOT NULL,
    display_name  text        NOT NULL,
    description   text,
    color         text,
    sort_order    integer,
    timezone      text,
    -- RFC 4791 §5.2.3 supported-calendar-component-set
    components    text[]      NOT NULL DEFAULT '{VEVENT,VTODO}',
    is_default    boolean     NOT NULL DEFAULT false,
    -- RFC 6578: the calendar's sync token is its highest modseq; every object change takes the next one
    modseq        bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_name_ck CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$'),
    CONSTRAINT calendar_owner_name_uk UNIQUE (owner_id, name)
);
CREATE UNIQUE INDEX calendar_one_default_uk ON calendar.calendar (owner_id) WHERE is_default;

CREATE TABLE calendar.object (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    calendar_id    bigint      NOT NULL REFERENCES calendar.calendar (id) ON DELETE CASCADE,
    resource_name  text        NOT NULL,
    uid            text        NOT NULL,
    etag           text        NOT NULL,
    component      text        NOT NULL,
    ical           text        NOT NULL,
    size_bytes     integer     NOT NULL,
    summary        text,
    classification text        NOT NULL DEFAULT 'PUBLIC',
    recurring      boolean     NOT NULL DEFAULT false,
    -- a recurring object's instances are stored for this window; a query reaching outside it
    -- expands the object again in memory
    expanded_from  timestamptz,
    expanded_until timestamptz,
    modseq         bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT object_component_ck CHECK (component IN ('VEVENT', 'VTODO', 'VJOURNAL')),
    CONSTRAINT object_resource_name_ck CHECK (length(resource_name) BETWEEN 1 AND 255 AND resource_name !~ '[/\\]'),
    CONSTRAINT object_resource_uk UNIQUE (calendar_id, resource_name),
    -- RFC 4791 §5.3.2.1 no-uid-conflict: one UID per calendar
    CONSTRAINT object_uid_uk UNIQUE (calendar_id, uid)
);
CREATE INDEX object_calendar_modseq_ix ON calendar.object (calendar_id, modseq);

-- One row per occurrence (the master's recurrence set with overrides applied); an object without a
-- start (a VTODO without DTSTART/DUE, a VJOURNAL without DTSTART) has one row with null bounds, which
-- RFC 4791 §9.9 treats as overlapping every range.
CREATE TABLE calendar.instance (
    object_id     bigint      NOT NULL REFERENCES calendar.object (id) ON DELETE CASCADE,
    calendar_id   bigint      NOT NULL,
    starts_at     timestamptz,
    ends_at       timestamptz,
    recurrence_id text
);
CREATE INDEX instance_object_ix ON calendar.instance (object_id);
CREATE INDEX instance_range_ix ON calendar.instance (calendar_id, starts_at, ends_at);

CREATE TABLE calendar.deletion (
    calendar_id   bigint      NOT NULL REFERENCES calendar.calendar (id) ON DELETE CASCADE,
    resource_name text        NOT NULL,
    modseq        bigint      NOT NULL,
    deleted_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (calendar_id, resource_name)
);
CREATE INDEX deletion_calendar_modseq_ix ON calendar.deletion (calendar_id, modseq);
