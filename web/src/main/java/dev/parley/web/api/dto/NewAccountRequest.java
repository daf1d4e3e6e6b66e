package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewAccount")
public record NewAccountRequest(
        @Schema(required = true, example = "carol") String localPart,
        @Schema(example = "Carol") String displayName,
        @Schema(writeOnly = true) String password,
        @Schema(example = "1073741824") Long quotaBytes,
        @Schema(example = "default") String classOfService,
        @Schema(example = "[\"user\"]") List<String> roles) implements ApiRequest {

    @Override
    public String toString() {
        return "NewAccountRequest[localPart=" + localPart + ", roles=" + roles + "]";
    }
}
