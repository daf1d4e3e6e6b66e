package dev.parley.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Alias", description = "An alias address, or the domain's catch-all (@domain)")
public record AliasDto(
        @Schema(example = "info@example.org") String address,
        @Schema(example = "carol@example.org") String target,
        boolean catchAll) {
}
