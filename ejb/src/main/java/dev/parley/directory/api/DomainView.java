package dev.parley.directory.api;

import java.time.Instant;
import java.util.List;

public record DomainView(String name, List<String> aliases, String status, long accountCount, Instant createdAt) {
    public DomainView {
        aliases = List.copyOf(aliases);
    }
}
