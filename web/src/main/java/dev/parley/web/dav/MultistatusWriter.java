package dev.parley.web.dav;

import java.io.OutputStream;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a {@code 207 Multi-Status} body (RFC 4918 §13, §14.16) response by response, so a large
 * REPORT streams instead of being built in memory. Statuses are written as {@code HTTP/1.1 NNN Text}.
 */
public final class MultistatusWriter implements AutoCloseable {

    private final DavXmlWriter out;

    public MultistatusWriter(OutputStream stream) throws XMLStreamException {
        this.out = new DavXmlWriter(stream);
        out.start(Dav.MULTISTATUS);
    }

    public void write(DavResponse response) throws XMLStreamException {
        out.start(Dav.dav("response"));
        out.element(Dav.HREF, response.href());
        if (response.propstats().isEmpty()) {
            out.element(Dav.dav("status"), statusLine(response.status() == 0 ? 200 : response.status()));
        }
        for (PropStat ps : response.propstats()) {
            out.start(Dav.dav("propstat"));
            out.start(Dav.PROP);
            for (Map.Entry<QName, PropertyValue> p : ps.properties().entrySet()) {
                out.start(p.getKey());
                p.getValue().write(out);
                out.end();
            }
            out.end();
            out.element(Dav.dav("status"), statusLine(ps.status()));
            if (ps.error() != null) {
                out.start(Dav.dav("error"));
                out.empty(ps.error());
                out.end();
            }
            out.end();
        }
        if (response.error() != null) {
            out.start(Dav.dav("error"));
            out.empty(response.error());
            out.end();
        }
        if (response.description() != null) {
            out.element(Dav.dav("responsedescription"), response.description());
        }
        out.end();
    }

    /** RFC 6578 §6.1: the new token after the responses of a sync-collection report. */
    public void syncToken(String token) throws XMLStreamException {
        out.element(Dav.SYNC_TOKEN, token);
    }

    @Override
    public void close() throws XMLStreamException {
        out.end();
        out.close();
    }

    static String statusLine(int status) {
        return "HTTP/1.1 " + status + " " + reason(status);
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 424 -> "Failed Dependency";
            case 500 -> "Internal Server Error";
            case 507 -> "Insufficient Storage";
            default -> "Status";
        };
    }
}
