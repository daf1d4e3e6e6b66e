package dev.parley.calendar.api;

import java.io.Serializable;
import java.util.List;

/** Properties to set on a calendar; null members stay as they are (or take defaults on creation). */
public record CalendarProps(String displayName, String description, String color, Integer order, String timezone,
                           List<String> components) implements Serializable {
    public static final CalendarProps NONE = new CalendarProps(null, null, null, null, null, null);
}
