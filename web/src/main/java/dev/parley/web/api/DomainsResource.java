package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.BAD_REQUEST;
import static dev.parley.web.api.ApiResponsesDoc.CONFLICT;
import static dev.parley.web.api.ApiResponsesDoc.FORBIDDEN;
import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.DomainView;
import dev.parley.web.api.dto.DomainDto;
import dev.parley.web.api.dto.DomainMapping;
import dev.parley.web.api.dto.DomainUpdateRequest;
import dev.parley.web.api.dto.NewDomainRequest;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** {@code /api/domains}: mail domains (creation and deletion are for realm role admin only). */
@Path("domains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Domains")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class DomainsResource {

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listDomains", summary = "The domains the caller manages")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DomainDto.class, type = SchemaType.ARRAY)))
    public List<DomainDto> list() {
        return directory.listDomains(caller()).stream().map(DomainMapping::toDto).toList();
    }

    @POST
    @Operation(operationId = "createDomain", summary = "Create a domain (admin only)")
    @APIResponse(responseCode = "201", description = "created; Location names it", content = @Content(schema = @Schema(implementation = DomainDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(NewDomainRequest body) {
        DomainView created = directory.createDomain(caller(), DomainMapping.toNew(Bodies.required(body)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.name()).build())
                .entity(DomainMapping.toDto(created)).build();
    }

    @GET
    @Path("{domain}")
    @Operation(operationId = "getDomain", summary = "One domain")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DomainDto.class)))
    @APIResponse(responseCode = "404", description = "no such domain", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DomainDto get(@PathParam("domain") String domain) {
        return DomainMapping.toDto(directory.getDomain(caller(), domain));
    }

    @PUT
    @Path("{domain}")
    @Operation(operationId = "updateDomain", summary = "Change a domain's aliases or status (active, locked)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DomainDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such domain", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DomainDto update(@PathParam("domain") String domain, DomainUpdateRequest body) {
        return DomainMapping.toDto(directory.updateDomain(caller(), domain, DomainMapping.toChange(Bodies.required(body))));
    }

    @DELETE
    @Path("{domain}")
    @Operation(operationId = "deleteDomain", summary = "Delete a domain that holds no accounts (admin only)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such domain", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the domain still holds accounts", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("domain") String domain) {
        directory.deleteDomain(caller(), domain);
    }

    private Caller caller() {
        return CallerSecurityContext.callerOf(security);
    }
}
