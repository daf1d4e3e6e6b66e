-- Time-range queries and free/busy (RFC 4791 §9.9, §7.10; ADR 0061) find the instances of one calendar
-- overlapping a range through a GiST index on (calendar, [start, end]) instead of scanning every
-- instance that starts before the range's end. Closed bounds so that zero-length instances are not
-- empty ranges; the exact §9.9 test is still applied to the candidates.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE INDEX instance_span_ix ON calendar.instance USING gist (calendar_id, tstzrange(starts_at, ends_at, '[]'))
    WHERE starts_at IS NOT NULL;
