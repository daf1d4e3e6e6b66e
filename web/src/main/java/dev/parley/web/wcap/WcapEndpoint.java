package dev.parley.web.wcap;

import dev.parley.calendar.wcap.WcapParams;
import dev.parley.calendar.wcap.command.WcapServer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code GET|POST /wcap/<command>.wcap?…} (SUN63 acbdn): plain URIs or urlencoded forms; parameters are
 * read raw so {@code ;}-lists split before decoding. Every answer is 200 with the errno in the body,
 * except 503 when authentication or the back end is unavailable (Mozilla treats non-2xx as an error and
 * an errno 1 as "log in again").
 */
@Path("{command: [a-z_]+}.wcap")
public class WcapEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WcapEndpoint.class);

    @Inject
    WcapRuntime runtime;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @PathParam("command")
    String command;

    @GET
    public Response get() {
        return run(uri.getRequestUri().getRawQuery(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(String body) {
        return run(uri.getRequestUri().getRawQuery(), body);
    }

    private Response run(String query, String body) {
        String ip = servletRequest == null ? null : servletRequest.getRemoteAddr();
        WcapServer.Reply reply;
        try {
            reply = runtime.server().handle(command, WcapParams.parse(query, body), ip);
        } catch (dev.parley.calendar.wcap.WcapException e) {
            // only WcapParams.parse gets here: bounded input refused before any command runs
            reply = runtime.server().refuse(e);
        }
        if (reply.detail() != null) {
            MDC.put("wcap.user", String.valueOf(reply.user()));
            try {
                if (reply.status() >= 500) {
                    LOG.error("WCAP {} from {}: {}", command, ip, reply.detail());
                } else {
                    LOG.debug("WCAP {} from {} errno {}: {}", command, ip,
                            reply.errno() == null ? "-" : reply.errno().code(), reply.detail());
                }
            } finally {
                MDC.remove("wcap.user");
            }
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return Response.status(reply.status()).type(reply.mediaType()).cacheControl(noStore).entity(reply.body()).build();
    }
}
