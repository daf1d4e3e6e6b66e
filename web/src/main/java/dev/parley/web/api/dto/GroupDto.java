package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group", description = "A group (distribution list) address")
public record GroupDto(
        @Schema(example = "team@example.org") String address,
        @Schema(example = "team") String localPart,
        String displayName,
        @Schema(enumeration = {"anyone", "members", "domain"}) String postingPolicy,
        List<String> members,
        @Schema(description = "left out of the domain's corporate directory (address book, autocomplete)") boolean hiddenInDirectory) {
}
