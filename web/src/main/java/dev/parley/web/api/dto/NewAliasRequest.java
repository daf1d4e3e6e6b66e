package dev.parley.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewAlias")
public record NewAliasRequest(
        @Schema(required = true, example = "info@example.org", description = "@example.org for the catch-all")
        String address,
        @Schema(required = true, example = "carol@example.org") String target) implements ApiRequest {
}
