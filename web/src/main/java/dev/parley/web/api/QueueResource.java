package dev.parley.web.api;

import static dev.parley.web.api.ApiResponsesDoc.PROBLEM;
import static dev.parley.web.api.ApiResponsesDoc.UNAUTHORIZED;

import dev.parley.directory.api.Caller;
import dev.parley.mta.admin.QueueAdmin;
import dev.parley.mta.admin.QueuedMessage;
import dev.parley.web.api.problem.ApiAuthenticationException;
import dev.parley.web.api.problem.MalformedRequestException;
import dev.parley.web.api.problem.Problem;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/queue}: the MTA's queue (issue 4, docs/api.md): list with filters, show, retry now, hold,
 * release, bounce, delete. Admins only.
 */
@Path("queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queue")
public class QueueResource {

    static final String ADMIN_ONLY = "queue administration needs the admin role";

    @EJB
    QueueAdmin queue;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listQueue", summary = "Queued messages, oldest first, with their recipients (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "bad state or limit", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = ADMIN_ONLY, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<QueuedMessage> list(
            @QueryParam("state") @Parameter(description = "only messages with a recipient in this state") String state,
            @QueryParam("domain") @Parameter(description = "only messages with a recipient in this domain") String domain,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 100") String limit) {
        admin();
        return queue.list(state(state), blankToNull(domain), AuditResource.limit(limit));
    }

    @GET
    @Path("{queueId}")
    @Operation(operationId = "showQueued", summary = "One queued message and its recipients (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class)))
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QueuedMessage show(@PathParam("queueId") String queueId) {
        admin();
        return found(queue.show(queueId));
    }

    @POST
    @Path("{queueId}/retry")
    @Operation(operationId = "retryQueued", summary = "Queued and deferred recipients are tried now (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class)))
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QueuedMessage retry(@PathParam("queueId") String queueId) {
        admin();
        return found(queue.retry(queueId));
    }

    @POST
    @Path("{queueId}/hold")
    @Operation(operationId = "holdQueued", summary = "Queued and deferred recipients are held until released (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class)))
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QueuedMessage hold(@PathParam("queueId") String queueId) {
        admin();
        return found(queue.hold(queueId));
    }

    @POST
    @Path("{queueId}/release")
    @Operation(operationId = "releaseQueued", summary = "Held recipients are queued again, due now (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class)))
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QueuedMessage release(@PathParam("queueId") String queueId) {
        admin();
        return found(queue.release(queueId));
    }

    @POST
    @Path("{queueId}/bounce")
    @Operation(operationId = "bounceQueued", summary = "Undelivered recipients fail and the message goes back to its sender (admin only)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QueuedMessage.class)))
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public QueuedMessage bounce(@PathParam("queueId") String queueId) {
        admin();
        return found(queue.bounce(queueId));
    }

    @DELETE
    @Path("{queueId}")
    @Operation(operationId = "deleteQueued", summary = "Remove a message from the queue without notice (admin only)")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such queued message", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("queueId") String queueId) {
        admin();
        if (!queue.delete(queueId)) {
            throw new NotFoundException();
        }
    }

    private void admin() {
        Caller caller = CallerSecurityContext.callerOf(security);
        if (!caller.isAdmin()) {
            throw ApiAuthenticationException.forbidden(ADMIN_ONLY);
        }
    }

    private static QueuedMessage found(Optional<QueuedMessage> message) {
        return message.orElseThrow(NotFoundException::new);
    }

    static String state(String value) {
        String s = blankToNull(value);
        if (s == null) {
            return null;
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!QueueAdmin.STATES.contains(s)) {
            throw new MalformedRequestException("state must be one of " + String.join(", ", new TreeSet<>(QueueAdmin.STATES))
                    + ", not '" + value + "'", "state", null);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
