package dev.parley.web.dav;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The content of a property element, written into the multistatus stream. */
@FunctionalInterface
public interface PropertyValue {

    /** Writes the content between the property's start and end tags. */
    void write(XmlOut out) throws XMLStreamException;

    /** An empty property (e.g. a known but unset property). */
    PropertyValue EMPTY = out -> { };

    static PropertyValue text(String text) {
        return out -> out.writer().writeCharacters(text == null ? "" : text);
    }

    static PropertyValue href(String href) {
        return hrefs(List.of(href));
    }

    static PropertyValue hrefs(Collection<String> hrefs) {
        return out -> {
            for (String h : hrefs) {
                out.element(Dav.HREF, h);
            }
        };
    }

    /** Empty child elements, e.g. a resourcetype of {@code <D:collection/><C:calendar/>}. */
    static PropertyValue elements(Collection<QName> names) {
        return out -> {
            for (QName n : names) {
                out.empty(n);
            }
        };
    }

    /** An HTTP-date (RFC 9110 §5.6.7), as {@code getlastmodified} wants. */
    static PropertyValue httpDate(Instant instant) {
        return text(DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)));
    }

    /** Helper around an {@link XMLStreamWriter} that declares known namespaces at the root. */
    interface XmlOut {
        XMLStreamWriter writer();

        void start(QName name) throws XMLStreamException;

        void empty(QName name) throws XMLStreamException;

        default void element(QName name, String text) throws XMLStreamException {
            start(name);
            writer().writeCharacters(text == null ? "" : text);
            writer().writeEndElement();
        }
    }
}
