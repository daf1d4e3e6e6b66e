package dev.parley.directory.api;

import java.util.List;

/** Partial update of a domain: {@code null} fields stay as they are. */
public record DomainChange(List<String> aliases, String status) {
    public DomainChange {
        aliases = aliases == null ? null : List.copyOf(aliases);
    }
}
