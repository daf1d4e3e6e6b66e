package dev.parley.directory.api;

import java.util.List;

/**
 * Partial update of a group: {@code null} fields stay as they are; {@code members} replaces the list;
 * {@code hiddenInDirectory} true leaves the group out of its domain's corporate directory (address book,
 * autocomplete).
 */
public record GroupChange(String displayName, String postingPolicy, List<String> members, Boolean hiddenInDirectory) {
    public GroupChange {
        members = members == null ? null : List.copyOf(members);
    }

    /** A change that leaves the directory visibility as it is. */
    public GroupChange(String displayName, String postingPolicy, List<String> members) {
        this(displayName, postingPolicy, members, null);
    }
}
