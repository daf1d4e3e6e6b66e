package dev.parley.directory.api;

import java.util.List;

public record NewDomain(String name, List<String> aliases) {
    public NewDomain {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
