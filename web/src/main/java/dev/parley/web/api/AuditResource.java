package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.BAD_REQUEST;
import static dev.parley.web.api.ApiResponsesDoc.FORBIDDEN;
import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.DirectoryService;
import dev.parley.web.api.dto.AuditMapping;
import dev.parley.web.api.dto.AuditEntryDto;
import dev.parley.web.api.problem.MalformedRequestException;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/audit}: the directory's audit log, newest first. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listAudit", summary = "Audit entries, newest first; without domain, all domains (admins only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEntryDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<AuditEntryDto> list(
            @QueryParam("domain") @Parameter(description = "only this domain") String domain,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 100") String limit) {
        return directory.audit(CallerSecurityContext.callerOf(security), blankToNull(domain), limit(limit)).stream()
                .map(AuditMapping::toDto).toList();
    }

    /** Parsed here, not by JAX-RS, so a bad value is a 400 that names the parameter rather than a 404. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new MalformedRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '"
                + value + "'", "limit", null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
