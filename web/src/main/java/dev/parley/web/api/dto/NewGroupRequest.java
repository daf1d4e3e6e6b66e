package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewGroup")
public record NewGroupRequest(
        @Schema(required = true, example = "team") String localPart,
        String displayName,
        @Schema(enumeration = {"anyone", "members", "domain"}, defaultValue = "anyone") String postingPolicy,
        List<String> members,
        @Schema(description = "true: left out of the domain's corporate directory", defaultValue = "false") Boolean hiddenInDirectory) implements ApiRequest {
}
