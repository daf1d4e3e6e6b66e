-- Who leased a recipient row ('node:boot'): when a node starts again after a crash (kill -9, power
-- loss), the rows its previous run had leased are due at once instead of when their lease runs out
-- (ADR 0045). Rows leased by other nodes are left alone.
ALTER TABLE mta.recipient ADD COLUMN lease_owner text;
