package dev.parley.directory.api;

import java.util.List;

/**
 * {@code postingPolicy} is {@code anyone}, {@code members} or {@code domain}; default {@code anyone}.
 * {@code hiddenInDirectory} true (default false) leaves the group out of the corporate directory.
 */
public record NewGroup(String localPart, String displayName, String postingPolicy, List<String> members,
                       boolean hiddenInDirectory) {
    public NewGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A group listed in the corporate directory. */
    public NewGroup(String localPart, String displayName, String postingPolicy, List<String> members) {
        this(localPart, displayName, postingPolicy, members, false);
    }
}
