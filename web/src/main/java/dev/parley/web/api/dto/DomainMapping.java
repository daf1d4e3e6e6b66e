package dev.parley.web.api.dto;

import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.NewDomain;

/** Domain shapes of the REST contract (docs/api.md) to and from the directory service. */
public final class DomainMapping {
    private DomainMapping() {
    }

    public static DomainDto toDto(DomainView v) {
        return new DomainDto(v.name(), v.aliases(), v.status(), v.accountCount(), v.createdAt());
    }

    public static NewDomain toNew(NewDomainRequest r) {
        return new NewDomain(r.name(), r.aliases());
    }

    public static DomainChange toChange(DomainUpdateRequest r) {
        return new DomainChange(r.aliases(), r.status());
    }
}
