package dev.parley.directory.api;

import java.util.List;

/** Partial update of a group: {@code null} fields stay as they are; {@code members} replaces the list. */
public record GroupChange(String displayName, String postingPolicy, List<String> members) {
    public GroupChange {
        members = members == null ? null : List.copyOf(members);
    }
}
