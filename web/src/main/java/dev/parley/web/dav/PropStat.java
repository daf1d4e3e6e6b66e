package dev.parley.web.dav;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** A {@code DAV:propstat} (RFC 4918 §14.22): properties that share one status. */
public record PropStat(int status, Map<QName, PropertyValue> properties, QName error) {

    public PropStat {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public PropStat(int status, Map<QName, PropertyValue> properties) {
        this(status, properties, null);
    }
}
