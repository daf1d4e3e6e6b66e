package dev.parley.web.api.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Domain", description = "A mail domain")
public record DomainDto(
        @Schema(example = "example.org") String name,
        @Schema(description = "alias domains delivering to this one") List<String> aliases,
        @Schema(enumeration = {"active", "locked"}) String status,
        long accountCount,
        Instant createdAt) {
}
