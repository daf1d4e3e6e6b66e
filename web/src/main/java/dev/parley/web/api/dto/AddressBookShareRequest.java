package dev.parley.web.api.dto;

import dev.parley.web.api.dto.ApiRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddressBookShare")
public record AddressBookShareRequest(@Schema(description = "true: read-write, false: read-only") boolean writable)
        implements ApiRequest {
}
