package dev.parley.web.dav.caldav;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.caldav.CalDavException;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavException;
import javax.xml.namespace.QName;

/** Calendar refusals as DAV answers, in one place: store kinds and RFC 4791 preconditions (§1.3: 403/409 with the element). */
final class CalDavErrors {

    private CalDavErrors() {
    }

    static DavException of(CalendarException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> DavException.notFound(e.getMessage());
            case FORBIDDEN -> DavException.forbidden(Dav.NEED_PRIVILEGES, e.getMessage());
            case PRECONDITION_FAILED -> DavException.preconditionFailed(e.getMessage());
            case INVALID -> e.precondition() == null ? DavException.badRequest(e.getMessage())
                    : DavException.forbidden(new QName(Dav.CALDAV, e.precondition()), e.getMessage());
            case EXISTS -> DavException.notAllowed(e.getMessage());
            case INVALID_SYNC_TOKEN -> DavException.forbidden(Dav.VALID_SYNC_TOKEN, e.getMessage());
            case BAD_REQUEST -> DavException.badRequest(e.getMessage());
            case UNAVAILABLE -> new DavException(503, null, e.getMessage());
        };
    }

    static DavException of(CalDavException e) {
        return e.precondition() == null ? DavException.badRequest(e.getMessage())
                : DavException.forbidden(e.precondition().element(), e.getMessage());
    }
}
