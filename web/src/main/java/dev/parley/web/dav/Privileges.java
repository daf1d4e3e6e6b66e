package dev.parley.web.dav;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * The RFC 3744 subset clients need to show a collection or resource as read-only or writable:
 * {@code DAV:current-user-privilege-set} (§5.4) with {@code read}, {@code write} (and its parts
 * write-properties, write-content, bind, unbind) and {@code read-current-user-privilege-set};
 * CalDAV adds {@code CALDAV:read-free-busy} (RFC 4791 §6.1.1) for free/busy-only grants.
 */
public record Privileges(boolean read, boolean write, boolean freeBusy) {

    public static final Privileges OWNER = new Privileges(true, true, true);
    public static final Privileges READ_ONLY = new Privileges(true, false, true);
    public static final Privileges FREE_BUSY_ONLY = new Privileges(false, false, true);

    public List<QName> names() {
        List<QName> out = new ArrayList<>();
        if (read) {
            out.add(Dav.dav("read"));
            out.add(Dav.dav("read-current-user-privilege-set"));
        }
        if (write) {
            out.add(Dav.dav("write"));
            out.add(Dav.dav("write-properties"));
            out.add(Dav.dav("write-content"));
            out.add(Dav.dav("bind"));
            out.add(Dav.dav("unbind"));
        }
        if (freeBusy) {
            out.add(new QName(Dav.CALDAV, "read-free-busy"));
        }
        return out;
    }

    /** The value of {@code DAV:current-user-privilege-set}. */
    public PropertyValue currentUserPrivilegeSet() {
        List<QName> names = names();
        return out -> {
            for (QName n : names) {
                out.start(Dav.PRIVILEGE);
                out.empty(n);
                out.writer().writeEndElement();
            }
        };
    }

    /** Throws 403 {@code DAV:need-privileges} (RFC 3744 §7.1.1) unless writing is allowed. */
    public void requireWrite(String href) {
        if (!write) {
            throw DavException.forbidden(Dav.NEED_PRIVILEGES, "no write privilege on " + href);
        }
    }
}
