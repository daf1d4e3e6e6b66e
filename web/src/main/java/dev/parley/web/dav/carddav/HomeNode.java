package dev.parley.web.dav.carddav;

import dev.parley.addressbook.carddav.CardDav;
import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ContactsService;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.PropUpdate;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.namespace.QName;

/** {@code /dav/addressbooks/<user>/}: the books the user sees; extended MKCOL creates one (RFC 5689). */
record HomeNode(DavContext ctx, String user, ContactsService contacts, Supplier<String> accept) implements DavNode {

    @Override
    public String href() {
        return ctx.href(true, AddressBookCollections.SEGMENT, user);
    }

    @Override
    public boolean isCollection() {
        return true;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION)));
        p.put(Dav.DISPLAYNAME, PropertyValue.text("Address books"));
        p.put(Dav.OWNER, PropertyValue.href(c.principalHref(user)));
        return PropertyLookup.pick(p, names);
    }

    @Override
    public List<DavNode> members(DavContext c) {
        try {
            return contacts.books(user).stream().<DavNode>map(this::node).toList();
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    @Override
    public Optional<DavNode> member(DavContext c, String name) {
        try {
            return Optional.of(node(contacts.book(user, name)));
        } catch (ContactsException e) {
            if (e.kind() == ContactsException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw CardDavErrors.of(e);
        }
    }

    BookNode node(AddressBook book) {
        return new BookNode(ctx, user, book, contacts, accept);
    }

    /**
     * RFC 5689 §3 extended MKCOL with resourcetype {@code DAV:collection} + {@code CARDDAV:addressbook}
     * (RFC 6352 §6.3.1). Only address books live here: anything else is 403 valid-resourcetype.
     * Properties other than displayname and addressbook-description cannot be kept: the whole
     * request fails (all or nothing, RFC 5689 §3).
     */
    @Override
    public void mkcol(DavContext c, String name, String method, List<QName> resourceTypes, List<PropUpdate> props) {
        if (!"MKCOL".equals(method) || !resourceTypes.contains(CardDav.ADDRESSBOOK)) {
            throw DavException.forbidden(Dav.VALID_RESOURCETYPE,
                    "only address books can be created here: extended MKCOL with resourcetype CARDDAV:addressbook");
        }
        String displayName = null;
        String description = null;
        for (PropUpdate u : props) {
            if (u.name().equals(Dav.RESOURCETYPE)) {
                continue;
            } else if (u.name().equals(Dav.DISPLAYNAME)) {
                displayName = u.text();
            } else if (u.name().equals(CardDav.ADDRESSBOOK_DESCRIPTION)) {
                description = u.text();
            } else {
                throw DavException.forbidden(null, "property " + u.name() + " cannot be set on an address book");
            }
        }
        try {
            contacts.createBook(user, name, displayName, description);
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }
}
