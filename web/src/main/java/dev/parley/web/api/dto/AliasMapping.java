package dev.parley.web.api.dto;

import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.NewAlias;

/** Alias shapes of the REST contract (docs/api.md) to and from the directory service. */
public final class AliasMapping {
    private AliasMapping() {
    }

    public static AliasDto toDto(AliasView v) {
        return new AliasDto(v.address(), v.target(), v.catchAll());
    }

    public static NewAlias toNew(NewAliasRequest r) {
        return new NewAlias(r.address(), r.target());
    }
}
