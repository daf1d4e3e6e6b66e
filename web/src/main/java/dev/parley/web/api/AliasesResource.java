package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.BAD_REQUEST;
import static dev.parley.web.api.ApiResponsesDoc.CONFLICT;
import static dev.parley.web.api.ApiResponsesDoc.FORBIDDEN;
import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import dev.parley.web.api.dto.AliasDto;
import dev.parley.web.api.dto.AliasMapping;
import dev.parley.web.api.dto.NewAliasRequest;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/domains/{domain}/aliases}: alias addresses and the catch-all ({@code @domain}). */
@Path("domains/{domain}/aliases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Aliases")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such domain or alias", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AliasesResource {

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @PathParam("domain")
    String domain;

    @GET
    @Operation(operationId = "listAliases", summary = "The domain's aliases")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AliasDto.class, type = SchemaType.ARRAY)))
    public List<AliasDto> list() {
        return directory.listAliases(caller(), domain).stream().map(AliasMapping::toDto).toList();
    }

    @POST
    @Operation(operationId = "createAlias", summary = "Create an alias, or the catch-all with address @domain")
    @APIResponse(responseCode = "201", description = "created; Location names it", content = @Content(schema = @Schema(implementation = AliasDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(NewAliasRequest body) {
        AliasView created = directory.createAlias(caller(), domain, AliasMapping.toNew(Bodies.required(body)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.address()).build())
                .entity(AliasMapping.toDto(created)).build();
    }

    @DELETE
    @Path("{address}")
    @Operation(operationId = "deleteAlias", summary = "Delete an alias")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("address") String address) {
        directory.deleteAlias(caller(), domain, address);
    }

    private Caller caller() {
        return CallerSecurityContext.callerOf(security);
    }
}
