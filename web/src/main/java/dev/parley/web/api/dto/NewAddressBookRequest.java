package dev.parley.web.api.dto;

import dev.parley.web.api.dto.ApiRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewAddressBook")
public record NewAddressBookRequest(
        @Schema(required = true, example = "work") String name,
        @Schema(example = "Work contacts") String displayName,
        String description) implements ApiRequest {
}
