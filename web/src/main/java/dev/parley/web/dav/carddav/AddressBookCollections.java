package dev.parley.web.dav.carddav;

import dev.parley.addressbook.carddav.CardDav;
import dev.parley.contacts.api.ContactsService;
import dev.parley.web.dav.DavCollectionType;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.PropertyValue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * CardDAV (RFC 6352) on the DAV core (docs/adr/0065, 0072): {@code /dav/addressbooks/<user>/} is the
 * address-book home of {@code <user>} (§7.1.1 addressbook-home-set on the principal), its members the
 * books the contacts service shows that user (own books, {@code shared-<id>}, the read-only
 * {@code directory}), their members the cards.
 */
@ApplicationScoped
public class AddressBookCollections implements DavCollectionType {

    static final String SEGMENT = "addressbooks";

    @EJB
    ContactsService contacts;

    @Inject
    HttpServletRequest request;

    @Override
    public String segment() {
        return SEGMENT;
    }

    /** RFC 6352 §6.1: the {@code addressbook} compliance class in the DAV header. */
    @Override
    public Set<String> complianceClasses() {
        return Set.of("addressbook");
    }

    /** Only the caller's own home exists for the caller; a book shared with them appears in it. */
    @Override
    public Optional<DavNode> home(DavContext ctx, String user) {
        if (!sameUser(ctx, user)) {
            return Optional.empty();
        }
        return Optional.of(new HomeNode(ctx, ctx.user(), contacts, this::accept));
    }

    @Override
    public Map<QName, PropertyValue> principalProperties(DavContext ctx, String user, Set<QName> names) {
        Map<QName, PropertyValue> out = new LinkedHashMap<>();
        if (sameUser(ctx, user) && (names == null || names.contains(CardDav.ADDRESSBOOK_HOME_SET))) {
            out.put(CardDav.ADDRESSBOOK_HOME_SET, PropertyValue.href(ctx.href(true, SEGMENT, ctx.user())));
        }
        return out;
    }

    private static boolean sameUser(DavContext ctx, String user) {
        return ctx.caller() != null && user != null
                && user.toLowerCase(Locale.ROOT).equals(ctx.user().toLowerCase(Locale.ROOT));
    }

    private String accept() {
        try {
            return request.getHeader("Accept");
        } catch (RuntimeException e) {
            return null; // no request in scope (never for DAV requests)
        }
    }
}
