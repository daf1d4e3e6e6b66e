package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.store.mail.BlobSweep;
import dev.parley.store.mail.BlobSweeper;
import dev.parley.web.api.problem.ApiAuthenticationException;
import dev.parley.web.api.problem.MalformedRequestException;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/blobs/sweep}: runs the blob store's garbage collection now (ADR 0026) and reports what
 * it did: blobs no message references moved to the trash, trashed ones referenced again restored, old
 * trash deleted. Admins only; the hourly timer does the same with the configured grace periods.
 */
@Path("blobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Store")
public class BlobsResource {

    @EJB
    BlobSweeper sweeper;

    @Context
    SecurityContext security;

    @POST
    @Path("sweep")
    @Operation(operationId = "sweepBlobs", summary = "Garbage-collect the blob store now (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BlobSweep.Report.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "needs the admin role", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "a sweep is running, or the blob store is not the file system one")
    public Response sweep(
            @QueryParam("graceMinutes") @Parameter(description = "only blobs older than this (default 60)") String grace,
            @QueryParam("trashMinutes") @Parameter(description = "delete trashed blobs older than this (default 60)") String trash) {
        if (!CallerSecurityContext.callerOf(security).isAdmin()) {
            throw ApiAuthenticationException.forbidden("blob collection needs the admin role");
        }
        return sweeper.sweep(minutes(grace), minutes(trash))
                .map(report -> Response.ok(report).build())
                .orElse(Response.status(409).build());
    }

    private static Duration minutes(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofMinutes(60);
        }
        try {
            long m = Long.parseLong(value.strip());
            if (m < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(m);
        } catch (NumberFormatException e) {
            throw new MalformedRequestException("minutes must be a whole number >= 0: " + value);
        }
    }
}
