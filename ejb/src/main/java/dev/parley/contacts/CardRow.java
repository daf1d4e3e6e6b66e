package dev.parley.contacts;

import java.time.Instant;

/** One row of contacts.card (without the indexed columns). */
record CardRow(long id, String resourceName, String uid, String etag, String version, String vcard, int size,
        long modseq, Instant updatedAt) {
}
