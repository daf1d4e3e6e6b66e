package dev.parley.web.dav;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes DAV XML with the usual prefixes ({@code D} for DAV:, {@code C} CalDAV, {@code CR} CardDAV,
 * {@code CS} calendarserver.org, {@code ICAL} Apple) declared once on the root; any other namespace is
 * declared where it is used. Elements in no namespace get no prefix.
 */
public final class DavXmlWriter implements PropertyValue.XmlOut, AutoCloseable {

    static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put(Dav.NS, "D");
        PREFIXES.put(Dav.CALDAV, "C");
        PREFIXES.put(Dav.CARDDAV, "CR");
        PREFIXES.put(Dav.CALENDARSERVER, "CS");
        PREFIXES.put(Dav.APPLE_ICAL, "ICAL");
    }

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final XMLStreamWriter writer;
    private final Map<String, String> extra = new HashMap<>();
    private boolean rootWritten;

    public DavXmlWriter(OutputStream out) {
        try {
            this.writer = FACTORY.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public XMLStreamWriter writer() {
        return writer;
    }

    @Override
    public void start(QName name) throws XMLStreamException {
        open(name, false);
    }

    @Override
    public void empty(QName name) throws XMLStreamException {
        open(name, true);
    }

    private void open(QName name, boolean empty) throws XMLStreamException {
        String ns = name.getNamespaceURI();
        if (ns == null || ns.isEmpty()) {
            if (empty) {
                writer.writeEmptyElement(name.getLocalPart());
            } else {
                writer.writeStartElement(name.getLocalPart());
            }
            declareRoot();
            return;
        }
        String prefix = PREFIXES.get(ns);
        boolean declareHere = false;
        if (prefix == null) {
            // element-local declaration: repeated on each use, which keeps the writer stateless per element
            prefix = extra.computeIfAbsent(ns, n -> "X" + extra.size());
            declareHere = true;
        }
        if (empty) {
            writer.writeEmptyElement(prefix, name.getLocalPart(), ns);
        } else {
            writer.writeStartElement(prefix, name.getLocalPart(), ns);
        }
        declareRoot();
        if (declareHere) {
            writer.writeNamespace(prefix, ns);
        }
    }

    private void declareRoot() throws XMLStreamException {
        if (!rootWritten) {
            rootWritten = true;
            for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
                writer.writeNamespace(p.getValue(), p.getKey());
            }
        }
    }

    public void end() throws XMLStreamException {
        writer.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    /** {@code <D:error><condition/></D:error>} (RFC 4918 §16). */
    public static void writeError(OutputStream out, QName condition, String description) throws XMLStreamException {
        try (DavXmlWriter w = new DavXmlWriter(out)) {
            w.start(Dav.dav("error"));
            w.empty(condition);
            if (description != null) {
                // not in RFC 4918's DTD for error, but common (SabreDAV writes s:message); keep it DAV-neutral
                w.writer().writeComment(" " + description.replace("--", "- -") + " ");
            }
            w.end();
        }
    }
}
