package dev.parley.calendar.api;

import java.io.Serializable;
import java.util.List;

/**
 * A calendar as its owner sees it: {@code name} is the last path segment, {@code syncToken} an RFC 6578
 * token (a URI) that also serves as CTag, {@code components} the RFC 4791 §5.2.3 component set.
 */
public record CalendarInfo(long id, String owner, String name, String displayName, String description, String color,
                           Integer order, String timezone, List<String> components, boolean isDefault, String syncToken,
                           long maxResourceSize) implements Serializable {
    public CalendarInfo {
        components = List.copyOf(components);
    }
}
