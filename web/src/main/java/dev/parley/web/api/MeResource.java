package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.DirectoryService;
import dev.parley.web.api.dto.AccountDto;
import dev.parley.web.api.dto.AccountMapping;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.AnyAuthenticatedUser;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/me}: the caller's own account, for every authenticated user (no admin role needed). */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@AnyAuthenticatedUser
public class MeResource {

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "getMe", summary = "The caller's own account")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "the caller has no directory account (e.g. parley-admin)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AccountDto get() {
        return AccountMapping.toDto(directory.me(CallerSecurityContext.callerOf(security)));
    }
}
