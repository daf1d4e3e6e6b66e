package dev.parley.directory.api;

import java.util.List;

public record GroupView(String address, String localPart, String displayName, String postingPolicy,
                        List<String> members, boolean hiddenInDirectory) {
    public GroupView {
        members = List.copyOf(members);
    }
}
