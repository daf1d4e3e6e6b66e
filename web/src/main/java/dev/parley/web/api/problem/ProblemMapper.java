package dev.parley.web.api.problem;

import dev.parley.contacts.api.ContactsException;
import dev.parley.directory.api.DirectoryException;
import dev.parley.web.api.json.JsonErrors;
import dev.parley.web.ops.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the REST API turns exceptions into answers: RFC 9457 problem details
 * ({@code application/problem+json}). Client mistakes are logged at DEBUG, server faults once at
 * ERROR; no stack trace ever reaches the client.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Problem problem = problemFor(failure);
        Response.ResponseBuilder answer = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson());
        if (failure instanceof ApiAuthenticationException auth && auth.challenge() != null) {
            // RFC 6750 §3: every 401 carries the Bearer challenge
            answer.header(HttpHeaders.WWW_AUTHENTICATE, auth.challenge());
        }
        if (failure instanceof WebApplicationException web) {
            // keep what JAX-RS put there for the client, e.g. Allow on 405 (RFC 9110 §15.5.6)
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
        }
        return answer.build();
    }

    Problem problemFor(Throwable failure) {
        String instance = instance();
        if (failure instanceof DirectoryException e) {
            LOG.debug("directory refused {}: {} {}", instance, e.kind(), e.getMessage());
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case UNAVAILABLE -> 503;
            };
            return problem(status, e.getMessage(), instance).withField(e.field());
        }
        if (failure instanceof ContactsException e) {
            int status = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case PRECONDITION_FAILED -> 412;
                case UID_CONFLICT, EXISTS -> 409;
                case INVALID_DATA, INVALID_SYNC_TOKEN, BAD_REQUEST -> 400;
                case TOO_LARGE -> 413;
                case UNAVAILABLE -> 503;
            };
            if (status == 503) {
                LOG.error("contacts unavailable {}: {}", instance, e.getMessage(), e);
            } else {
                LOG.debug("contacts refused {}: {} {}", instance, e.kind(), e.getMessage());
            }
            return problem(status, e.getMessage(), instance);
        }
        if (failure instanceof ApiAuthenticationException e) {
            LOG.debug("authentication refused {}: {}", instance, e.getMessage());
            return problem(e.status(), e.getMessage(), instance);
        }
        if (failure instanceof MalformedRequestException e) {
            LOG.debug("malformed request {}: {}", instance, e.getMessage());
            return problem(400, e.getMessage(), instance).withField(e.field());
        }
        String json = JsonErrors.describe(failure);
        if (json != null) {
            LOG.debug("malformed JSON {}: {}", instance, json);
            return problem(400, json, instance);
        }
        if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
            int status = e.getResponse().getStatus();
            LOG.debug("request refused {}: {}", instance, e.getMessage());
            return problem(status, clientDetail(status, e), instance);
        }
        String requestId = request == null ? null : (String) request.getAttribute(RequestIds.ATTRIBUTE);
        LOG.error("internal error on {} (request id {})", instance, requestId, failure);
        return problem(500, "internal error" + (requestId == null ? "" : "; request id " + requestId), instance);
    }

    private static Problem problem(int status, String detail, String instance) {
        return Problem.of(status, Statuses.phrase(status), detail, instance);
    }

    private String clientDetail(int status, WebApplicationException e) {
        String path = instance();
        return switch (status) {
            case 404 -> "no resource at " + path;
            case 405 -> "method not allowed on " + path;
            case 406 -> "this resource answers application/json only";
            case 415 -> "request body must be application/json";
            default -> e.getMessage();
        };
    }

    private String instance() {
        try {
            return uriInfo == null ? null : "/api/" + uriInfo.getPath(false).replaceFirst("^/", "");
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
