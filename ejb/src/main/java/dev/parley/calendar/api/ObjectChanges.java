package dev.parley.calendar.api;

import java.io.Serializable;
import java.util.List;

/** RFC 6578 sync-collection: changed or new objects, removed resource names, the new token. */
public record ObjectChanges(String syncToken, List<ObjectListing> changed, List<String> deleted) implements Serializable {
    public ObjectChanges {
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
    }
}
