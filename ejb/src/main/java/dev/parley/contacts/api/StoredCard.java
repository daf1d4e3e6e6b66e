package dev.parley.contacts.api;

import java.io.Serializable;
import java.time.Instant;

/** A card as stored: its resource name in the book, UID, strong ETag (quoted), vCard text as sent. */
public record StoredCard(String resourceName, String uid, String etag, String version, String vcard,
        Instant lastModified) implements Serializable {
}
