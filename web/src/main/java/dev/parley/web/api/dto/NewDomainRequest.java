package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewDomain")
public record NewDomainRequest(
        @Schema(required = true, example = "example.org") String name,
        @Schema(example = "[\"example.net\"]") List<String> aliases) implements ApiRequest {
}
