-- Directory: domains, accounts, the one address namespace, groups and the audit log.
-- Names and addresses are stored lower-cased (the application normalises them; CHECKs enforce it),
-- so plain b-tree unique indexes give case-insensitive uniqueness without citext.

CREATE SCHEMA directory;

CREATE TABLE directory.domain (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL,
    status      text        NOT NULL DEFAULT 'active',
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT domain_name_uk UNIQUE (name),
    CONSTRAINT domain_name_lower_ck CHECK (name = lower(name) AND length(name) BETWEEN 3 AND 253),
    CONSTRAINT domain_status_ck CHECK (status IN ('active', 'locked'))
);

CREATE TABLE directory.domain_alias (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_id   bigint      NOT NULL REFERENCES directory.domain (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT domain_alias_name_uk UNIQUE (name),
    CONSTRAINT domain_alias_name_lower_ck CHECK (name = lower(name) AND length(name) BETWEEN 3 AND 253)
);
CREATE INDEX domain_alias_domain_ix ON directory.domain_alias (domain_id);

-- A domain name and an alias domain name share one namespace. Two tables cannot share a unique
-- index, so a trigger checks the other table under a transaction-scoped advisory lock on the name
-- (serialising concurrent inserts of the same name) and raises unique_violation like an index would.
CREATE FUNCTION directory.check_domain_namespace() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('directory.domain-name:' || NEW.name));
    IF TG_TABLE_NAME = 'domain' THEN
        IF EXISTS (SELECT 1 FROM directory.domain_alias a WHERE a.name = NEW.name) THEN
            RAISE EXCEPTION 'domain name % is already an alias domain', NEW.name
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'domain_namespace_uk';
        END IF;
    ELSE
        IF EXISTS (SELECT 1 FROM directory.domain d WHERE d.name = NEW.name) THEN
            RAISE EXCEPTION 'alias domain % is already a domain', NEW.name
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'domain_namespace_uk';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER domain_namespace_trg BEFORE INSERT OR UPDATE OF name ON directory.domain
    FOR EACH ROW EXECUTE FUNCTION directory.check_domain_namespace();
CREATE TRIGGER domain_alias_namespace_trg BEFORE INSERT OR UPDATE OF name ON directory.domain_alias
    FOR EACH ROW EXECUTE FUNCTION directory.check_domain_namespace();

CREATE TABLE directory.account (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_id        bigint      NOT NULL REFERENCES directory.domain (id) ON DELETE CASCADE,
    local_part       text        NOT NULL,
    display_name     text,
    status           text        NOT NULL DEFAULT 'active',
    quota_bytes      bigint      NOT NULL DEFAULT 0,
    class_of_service text        NOT NULL DEFAULT 'default',
    roles            text[]      NOT NULL DEFAULT ARRAY['user'],
    keycloak_id      text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- RFC 5321 §4.5.3.1.1: a local part is at most 64 octets
    CONSTRAINT account_local_part_ck CHECK (local_part = lower(local_part) AND octet_length(local_part) BETWEEN 1 AND 64),
    CONSTRAINT account_status_ck CHECK (status IN ('active', 'locked', 'deleted')),
    CONSTRAINT account_quota_ck CHECK (quota_bytes >= 0),
    CONSTRAINT account_roles_ck CHECK (roles <@ ARRAY['user', 'domain-admin', 'admin']::text[])
);
-- A deleted account keeps its row (for the audit trail) but releases its name.
CREATE UNIQUE INDEX account_domain_local_part_uk ON directory.account (domain_id, local_part)
    WHERE status <> 'deleted';
CREATE UNIQUE INDEX account_keycloak_id_uk ON directory.account (keycloak_id)
    WHERE keycloak_id IS NOT NULL;

CREATE TABLE directory.mail_group (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    domain_id       bigint      NOT NULL REFERENCES directory.domain (id) ON DELETE CASCADE,
    local_part      text        NOT NULL,
    display_name    text,
    posting_policy  text        NOT NULL DEFAULT 'anyone',
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mail_group_local_part_ck CHECK (local_part = lower(local_part) AND octet_length(local_part) BETWEEN 1 AND 64),
    CONSTRAINT mail_group_posting_policy_ck CHECK (posting_policy IN ('anyone', 'members', 'domain')),
    CONSTRAINT mail_group_domain_local_part_uk UNIQUE (domain_id, local_part)
);

CREATE TABLE directory.group_member (
    group_id        bigint NOT NULL REFERENCES directory.mail_group (id) ON DELETE CASCADE,
    member_address  text   NOT NULL,
    CONSTRAINT group_member_pk PRIMARY KEY (group_id, member_address),
    CONSTRAINT group_member_address_ck CHECK (member_address = lower(member_address) AND member_address LIKE '_%@_%')
);
-- "which groups is this address in" (posting policy 'members', account deletion)
CREATE INDEX group_member_address_ix ON directory.group_member (member_address);

-- The one namespace of deliverable addresses. Unique on address, so an address is exactly one of:
-- an account's primary address, an alias, a domain's catch-all ('@domain') or a group.
CREATE TABLE directory.address (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address     text        NOT NULL,
    domain_id   bigint      NOT NULL REFERENCES directory.domain (id) ON DELETE CASCADE,
    kind        text        NOT NULL,
    account_id  bigint      REFERENCES directory.account (id) ON DELETE CASCADE,
    group_id    bigint      REFERENCES directory.mail_group (id) ON DELETE CASCADE,
    target      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT address_uk UNIQUE (address),
    CONSTRAINT address_lower_ck CHECK (address = lower(address) AND address LIKE '%@_%'),
    CONSTRAINT address_kind_ck CHECK (
        (kind = 'account'  AND account_id IS NOT NULL AND group_id IS NULL AND target IS NULL AND address NOT LIKE '@%')
     OR (kind = 'alias'    AND account_id IS NULL AND group_id IS NULL AND target IS NOT NULL AND address NOT LIKE '@%')
     OR (kind = 'catchall' AND account_id IS NULL AND group_id IS NULL AND target IS NOT NULL AND address LIKE '@%')
     OR (kind = 'group'    AND account_id IS NULL AND group_id IS NOT NULL AND target IS NULL AND address NOT LIKE '@%'))
);
CREATE INDEX address_domain_kind_ix ON directory.address (domain_id, kind);
CREATE UNIQUE INDEX address_account_uk ON directory.address (account_id) WHERE account_id IS NOT NULL;
CREATE UNIQUE INDEX address_group_uk ON directory.address (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX address_target_ix ON directory.address (target) WHERE target IS NOT NULL;

-- Append-only record of every change; 'domain' lets domain admins read their own domain's trail.
CREATE TABLE directory.audit_log (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    actor    text        NOT NULL,
    action   text        NOT NULL,
    target   text        NOT NULL,
    domain   text,
    detail   text
);
CREATE INDEX audit_log_at_ix ON directory.audit_log (at DESC, id DESC);
CREATE INDEX audit_log_domain_at_ix ON directory.audit_log (domain, at DESC, id DESC);
