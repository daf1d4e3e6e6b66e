package dev.parley.web.api.dto;

import dev.parley.directory.api.GroupChange;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewGroup;

/** Group shapes of the REST contract (docs/api.md) to and from the directory service. */
public final class GroupMapping {
    private GroupMapping() {
    }

    public static GroupDto toDto(GroupView v) {
        return new GroupDto(v.address(), v.localPart(), v.displayName(), v.postingPolicy(), v.members(),
                v.hiddenInDirectory());
    }

    public static NewGroup toNew(NewGroupRequest r) {
        return new NewGroup(r.localPart(), r.displayName(), r.postingPolicy(), r.members(),
                Boolean.TRUE.equals(r.hiddenInDirectory()));
    }

    public static GroupChange toChange(GroupUpdateRequest r) {
        return new GroupChange(r.displayName(), r.postingPolicy(), r.members(), r.hiddenInDirectory());
    }
}
