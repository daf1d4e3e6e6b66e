package dev.parley.directory.api;

import java.time.Instant;

public record AuditEntryView(Instant at, String actor, String action, String target, String detail) {
}
