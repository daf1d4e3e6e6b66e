package dev.parley.directory.api;

import java.util.List;

/** {@code postingPolicy} is {@code anyone}, {@code members} or {@code domain}; default {@code anyone}. */
public record NewGroup(String localPart, String displayName, String postingPolicy, List<String> members) {
    public NewGroup {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
