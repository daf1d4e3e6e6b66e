package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupUpdate", description = "Partial update: members left out stay as they are; members replaces the list")
public record GroupUpdateRequest(
        String displayName,
        @Schema(enumeration = {"anyone", "members", "domain"}) String postingPolicy,
        List<String> members,
        @Schema(description = "true: left out of the domain's corporate directory") Boolean hiddenInDirectory) implements ApiRequest {
}
