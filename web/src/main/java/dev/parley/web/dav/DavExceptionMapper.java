package dev.parley.web.dav;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a refusal: with a condition, {@code application/xml} {@code <D:error>} (RFC 4918 §16, RFC
 * 4791 §1.3); without, a short text. Logged once, at debug for client errors.
 */
@Provider
public class DavExceptionMapper implements ExceptionMapper<DavException> {

    private static final Logger LOG = LoggerFactory.getLogger(DavExceptionMapper.class);

    @Override
    public Response toResponse(DavException e) {
        return render(e);
    }

    public static Response render(DavException e) {
        if (e.status() >= 500) {
            LOG.warn("DAV request failed: {} {}", e.status(), e.getMessage());
        } else {
            LOG.debug("DAV request refused: {} {} {}", e.status(), e.condition(), e.getMessage());
        }
        Response.ResponseBuilder r = Response.status(e.status());
        if (e.status() == 401) {
            r.header("WWW-Authenticate", DavAuthenticationFilter.CHALLENGE);
        }
        if (e.condition() == null) {
            return r.type("text/plain;charset=UTF-8")
                    .entity((e.getMessage() == null ? "" : e.getMessage()).getBytes(StandardCharsets.UTF_8)).build();
        }
        StreamingOutput body = out -> {
            try {
                DavXmlWriter.writeError(out, e.condition(), e.getMessage());
            } catch (javax.xml.stream.XMLStreamException x) {
                throw new java.io.IOException(x);
            }
        };
        return r.type("application/xml;charset=UTF-8").entity(body).build();
    }
}
