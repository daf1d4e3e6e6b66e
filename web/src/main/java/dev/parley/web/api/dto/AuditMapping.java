package dev.parley.web.api.dto;

import dev.parley.directory.api.AuditEntryView;

/** Audit entries of the REST contract (docs/api.md). */
public final class AuditMapping {
    private AuditMapping() {
    }

    public static AuditEntryDto toDto(AuditEntryView v) {
        return new AuditEntryDto(v.at(), v.actor(), v.action(), v.target(), v.detail());
    }
}
