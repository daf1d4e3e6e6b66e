package dev.parley.web.dav.carddav;

import dev.parley.addressbook.carddav.CardDav;
import dev.parley.addressbook.carddav.CardDavException;
import dev.parley.contacts.api.ContactsException;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavException;

/**
 * The one place where address-book refusals become DAV answers (docs/adr/0072): the service's
 * {@link ContactsException} kinds and the request parser's {@link CardDavException} preconditions.
 */
final class CardDavErrors {

    private CardDavErrors() {
    }

    static DavException of(ContactsException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> DavException.notFound(e.getMessage());
            // RFC 3744 §7.1.1
            case FORBIDDEN -> DavException.forbidden(Dav.NEED_PRIVILEGES, e.getMessage());
            // RFC 9110 §13.1
            case PRECONDITION_FAILED -> DavException.preconditionFailed(e.getMessage());
            // RFC 6352 §6.3.2.1: the UID is already used by another resource of the book
            case UID_CONFLICT -> DavException.forbidden(CardDav.Precondition.NO_UID_CONFLICT.element(), e.getMessage());
            case EXISTS -> DavException.notAllowed(e.getMessage());
            // RFC 6352 §6.3.2.1 CARDDAV:valid-address-data
            case INVALID_DATA -> DavException.forbidden(CardDav.Precondition.VALID_ADDRESS_DATA.element(), e.getMessage());
            // RFC 6352 §6.3.2.1 CARDDAV:max-resource-size
            case TOO_LARGE -> DavException.forbidden(CardDav.Precondition.MAX_RESOURCE_SIZE.element(), e.getMessage());
            // RFC 6578 §3.2
            case INVALID_SYNC_TOKEN -> DavException.forbidden(Dav.VALID_SYNC_TOKEN, e.getMessage());
            case BAD_REQUEST -> DavException.badRequest(e.getMessage());
            case UNAVAILABLE -> new DavException(503, null, e.getMessage());
        };
    }

    static DavException of(CardDavException e) {
        return e.precondition() == null ? DavException.badRequest(e.getMessage())
                : DavException.forbidden(e.precondition().element(), e.getMessage());
    }
}
