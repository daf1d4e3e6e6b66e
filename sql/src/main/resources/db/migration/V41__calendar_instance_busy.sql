-- Free/busy from the instance index (issue 5, ADR 0061): each instance's FBTYPE by RFC 4791 §7.10
-- (TRANSP and STATUS of the master or of the override for that instance); null when the instance is
-- not busy time (transparent, cancelled, or not a VEVENT).
ALTER TABLE calendar.instance ADD COLUMN busy text;
ALTER TABLE calendar.instance ADD CONSTRAINT instance_busy_ck
    CHECK (busy IS NULL OR busy IN ('BUSY', 'BUSY-TENTATIVE', 'BUSY-UNAVAILABLE'));
UPDATE calendar.instance i SET busy = 'BUSY' FROM calendar.object o WHERE o.id = i.object_id AND o.component = 'VEVENT';
CREATE INDEX instance_busy_ix ON calendar.instance (calendar_id, starts_at) WHERE busy IS NOT NULL;
