package dev.parley.web.api.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", description = "A mail account; credentials live in Keycloak")
public record AccountDto(
        @Schema(example = "carol@example.org") String address,
        @Schema(example = "carol") String localPart,
        @Schema(example = "example.org") String domain,
        String displayName,
        @Schema(enumeration = {"active", "locked", "deleted"}) String status,
        @Schema(description = "0 means unlimited") long quotaBytes,
        String classOfService,
        @Schema(description = "realm roles, sorted") List<String> roles,
        String keycloakId,
        Instant createdAt,
        @Schema(description = "left out of the domain's corporate directory (address book, autocomplete)") boolean hiddenInDirectory) {
}
