package dev.parley.web.api.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One change to the directory")
public record AuditEntryDto(Instant at, String actor, String action, String target, String detail) {
}
