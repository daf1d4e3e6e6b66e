package dev.parley.calendar.api;

import java.io.Serializable;
import java.time.Instant;

/** A calendar object resource as stored: resource name, UID, strong ETag (quoted), component type, text as sent. */
public record StoredObject(String resourceName, String uid, String etag, String component, String ical, Instant lastModified)
        implements Serializable {
}
