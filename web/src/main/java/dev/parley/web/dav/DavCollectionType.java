package dev.parley.web.dav;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * A kind of collection tree plugged into the DAV core (docs/adr/0065): calendars ({@code
 * /dav/calendars/<user>/...}) or address books ({@code /dav/addressbooks/<user>/...}). Implementations
 * are CDI beans ({@code @ApplicationScoped}) in the web module; the core finds them all.
 */
public interface DavCollectionType {

    /** The first path segment below {@code /dav}, e.g. {@code calendars}. */
    String segment();

    /** Compliance classes for the {@code DAV} header of OPTIONS, e.g. {@code calendar-access}. */
    Set<String> complianceClasses();

    /** The home collection of {@code user} as the caller may see it, or empty (404). */
    Optional<DavNode> home(DavContext ctx, String user);

    /**
     * Properties this type adds to a principal, e.g. {@code CALDAV:calendar-home-set}; {@code names}
     * null means allprop.
     */
    Map<QName, PropertyValue> principalProperties(DavContext ctx, String user, Set<QName> names);
}
