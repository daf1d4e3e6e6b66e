package dev.parley.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountUpdate", description = "Partial update: members left out stay as they are; localPart renames")
public record AccountUpdateRequest(
        String localPart,
        String displayName,
        @Schema(writeOnly = true) String password,
        Long quotaBytes,
        String classOfService,
        @Schema(enumeration = {"active", "locked"}) String status,
        List<String> roles,
        @Schema(description = "true: left out of the domain's corporate directory") Boolean hiddenInDirectory) implements ApiRequest {

    @Override
    public String toString() {
        return "AccountUpdateRequest[localPart=" + localPart + ", status=" + status + ", roles=" + roles
                + ", password=" + (password == null ? "unchanged" : "***") + "]";
    }
}
