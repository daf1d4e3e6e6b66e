package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.BAD_REQUEST;
import static dev.parley.web.api.ApiResponsesDoc.CONFLICT;
import static dev.parley.web.api.ApiResponsesDoc.FORBIDDEN;
import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import dev.parley.web.api.dto.AccountDto;
import dev.parley.web.api.dto.AccountMapping;
import dev.parley.web.api.dto.AccountUpdateRequest;
import dev.parley.web.api.dto.NewAccountRequest;
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

/** {@code /api/domains/{domain}/accounts}: mail accounts; each is also a Keycloak user. */
@Path("domains/{domain}/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "no such domain or account", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AccountsResource {

    @EJB
    DirectoryService directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @PathParam("domain")
    String domain;

    @GET
    @Operation(operationId = "listAccounts", summary = "The domain's accounts (deleted ones left out)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountDto.class, type = SchemaType.ARRAY)))
    public List<AccountDto> list() {
        return directory.listAccounts(caller(), domain).stream().map(AccountMapping::toDto).toList();
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account (and its Keycloak user)")
    @APIResponse(responseCode = "201", description = "created; Location names it", content = @Content(schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(NewAccountRequest body) {
        AccountView created = directory.createAccount(caller(), domain, AccountMapping.toNew(Bodies.required(body)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.localPart()).build())
                .entity(AccountMapping.toDto(created)).build();
    }

    @GET
    @Path("{localPart}")
    @Operation(operationId = "getAccount", summary = "One account")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountDto.class)))
    public AccountDto get(@PathParam("localPart") String localPart) {
        return AccountMapping.toDto(directory.getAccount(caller(), domain, localPart));
    }

    @PUT
    @Path("{localPart}")
    @Operation(operationId = "updateAccount", summary = "Change an account: rename, display name, password, quota, class of service, status, roles")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public AccountDto update(@PathParam("localPart") String localPart, AccountUpdateRequest body) {
        return AccountMapping.toDto(directory.updateAccount(caller(), domain, localPart,
                AccountMapping.toChange(Bodies.required(body))));
    }

    @DELETE
    @Path("{localPart}")
    @Operation(operationId = "deleteAccount", summary = "Delete an account: status deleted, Keycloak user removed, addresses released")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("localPart") String localPart) {
        directory.deleteAccount(caller(), domain, localPart);
    }

    private Caller caller() {
        return CallerSecurityContext.callerOf(security);
    }
}
