-- Autocomplete ranking (ADR 0071): every recipient of a message submitted by an authenticated user
-- counts one write from that user's account to that address. Counted where the queue commits its
-- recipients, so the MTA's code does not change and only committed messages count. Recipients the
-- MTA expands itself (aliases, groups: expanded_from set) are not what the user typed and do not count.
-- A failure here must never cost a message: it is logged as a warning and the queue insert goes on.
CREATE FUNCTION contacts.count_submitted_recipients() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO contacts.write_frequency AS f (account_id, address, count)
    SELECT a.id, lower(r.address), count(DISTINCT r.queue_id)
      FROM added r
      JOIN mta.message m ON m.queue_id = r.queue_id
      JOIN directory.domain d ON d.name = lower(split_part(m.auth_user, '@', 2))
      JOIN directory.account a ON a.domain_id = d.id AND a.local_part = lower(split_part(m.auth_user, '@', 1))
                              AND a.status = 'active'
     WHERE m.listener = 'submission' AND m.auth_user IS NOT NULL AND r.expanded_from IS NULL
       AND r.address LIKE '_%@_%'
     GROUP BY a.id, lower(r.address)
     ORDER BY a.id, lower(r.address)  -- one lock order for concurrent batches
    ON CONFLICT (account_id, address) DO UPDATE SET count = f.count + excluded.count, last_at = now();
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'contacts: write counts not updated (%): %', SQLSTATE, SQLERRM;
    RETURN NULL;
END;
$$;

CREATE TRIGGER recipient_write_counts_trg AFTER INSERT ON mta.recipient
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION contacts.count_submitted_recipients();
