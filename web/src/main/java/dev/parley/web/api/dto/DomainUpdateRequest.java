package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DomainUpdate", description = "Partial update: members left out stay as they are")
public record DomainUpdateRequest(
        List<String> aliases,
        @Schema(enumeration = {"active", "locked"}) String status) implements ApiRequest {
}
