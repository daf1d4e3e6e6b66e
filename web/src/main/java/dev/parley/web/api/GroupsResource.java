package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.BAD_REQUEST;
import static dev.parley.web.api.ApiResponsesDoc.CONFLICT;
import static dev.parley.web.api.ApiResponsesDoc.FORBIDDEN;
import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.GroupView;
import dev.parley.web.api.dto.GroupDto;
import dev.parley.web.api.dto.GroupMapping;
import dev.parley.web.api.dto.GroupUpdateRequest;
import dev.parley.web.api.dto.NewGroupRequest;
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

/** {@code /api/domains/{domain}/groups}: group addresses (distribution lists) with members and posting policy. */
@Path("domains/{domain}/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such domain or group", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class GroupsResource {

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @PathParam("domain")
    String domain;

    @GET
    @Operation(operationId = "listGroups", summary = "The domain's groups")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupDto.class, type = SchemaType.ARRAY)))
    public List<GroupDto> list() {
        return directory.listGroups(caller(), domain).stream().map(GroupMapping::toDto).toList();
    }

    @POST
    @Operation(operationId = "createGroup", summary = "Create a group")
    @APIResponse(responseCode = "201", description = "created; Location names it", content = @Content(schema = @Schema(implementation = GroupDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(NewGroupRequest body) {
        GroupView created = directory.createGroup(caller(), domain, GroupMapping.toNew(Bodies.required(body)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.localPart()).build())
                .entity(GroupMapping.toDto(created)).build();
    }

    @GET
    @Path("{localPart}")
    @Operation(operationId = "getGroup", summary = "One group")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupDto.class)))
    public GroupDto get(@PathParam("localPart") String localPart) {
        return GroupMapping.toDto(directory.getGroup(caller(), domain, localPart));
    }

    @PUT
    @Path("{localPart}")
    @Operation(operationId = "updateGroup", summary = "Change a group's display name, posting policy or members (the list is replaced)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GroupDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public GroupDto update(@PathParam("localPart") String localPart, GroupUpdateRequest body) {
        return GroupMapping.toDto(directory.updateGroup(caller(), domain, localPart,
                GroupMapping.toChange(Bodies.required(body))));
    }

    @DELETE
    @Path("{localPart}")
    @Operation(operationId = "deleteGroup", summary = "Delete a group")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("localPart") String localPart) {
        directory.deleteGroup(caller(), domain, localPart);
    }

    private Caller caller() {
        return CallerSecurityContext.callerOf(security);
    }
}
