package dev.parley.contacts.api;

import java.io.Serializable;
import java.util.List;

/** RFC 6578 sync-collection result: changed or new cards, removed resource names, the new token. */
public record Changes(String syncToken, List<CardListing> changed, List<String> deleted, boolean truncated)
        implements Serializable {

    public Changes {
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
    }
}
