package dev.parley.web.dav.carddav;

import dev.parley.addressbook.carddav.AddressbookMultiget;
import dev.parley.addressbook.carddav.AddressbookQuery;
import dev.parley.addressbook.carddav.CardDav;
import dev.parley.addressbook.carddav.CardDavException;
import dev.parley.addressbook.carddav.ReportParser;
import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.BookAccess;
import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ContactsService;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.StoredCard;
import dev.parley.web.dav.Changes;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavEndpoint;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.DavResponse;
import dev.parley.web.dav.DavXml;
import dev.parley.web.dav.Depth;
import dev.parley.web.dav.Preconditions;
import dev.parley.web.dav.Privileges;
import dev.parley.web.dav.PropUpdate;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import dev.parley.web.dav.PutResult;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** One address book (RFC 6352 §5.2) as the user sees it; its members are the cards. */
final class BookNode implements DavNode {

    private static final QName ADDRESS_DATA_TYPE = new QName(CardDav.NS, "address-data-type");
    /** Privileges of a book the user may only read (no CalDAV free/busy here). */
    private static final Privileges READ = new Privileges(true, false, false);
    private static final Privileges WRITE = new Privileges(true, true, false);

    private final DavContext ctx;
    private final String user;
    private final AddressBook book;
    private final ContactsService contacts;
    private final Supplier<String> accept;
    private final String href;
    /** The listing read by {@link #changesSince}, so the sync answer needs no query per card. */
    private Map<String, CardListing> synced = Map.of();

    BookNode(DavContext ctx, String user, AddressBook book, ContactsService contacts, Supplier<String> accept) {
        this.ctx = ctx;
        this.user = user;
        this.book = book;
        this.contacts = contacts;
        this.accept = accept;
        this.href = ctx.href(true, AddressBookCollections.SEGMENT, user, book.name());
    }

    String user() {
        return user;
    }

    String name() {
        return book.name();
    }

    ContactsService contacts() {
        return contacts;
    }

    Supplier<String> accept() {
        return accept;
    }

    @Override
    public String href() {
        return href;
    }

    @Override
    public boolean isCollection() {
        return true;
    }

    Privileges privileges() {
        return book.access().writable() ? WRITE : READ;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION, CardDav.ADDRESSBOOK)));
        p.put(Dav.DISPLAYNAME, PropertyValue.text(book.displayName() == null ? book.name() : book.displayName()));
        if (book.description() != null) {
            p.put(CardDav.ADDRESSBOOK_DESCRIPTION, PropertyValue.text(book.description()));
        }
        // RFC 6352 §6.2.2: both versions are accepted and served (converted on the way out)
        p.put(CardDav.SUPPORTED_ADDRESS_DATA, out -> {
            for (String version : List.of("3.0", "4.0")) {
                out.empty(ADDRESS_DATA_TYPE);
                out.writer().writeAttribute("content-type", "text/vcard");
                out.writer().writeAttribute("version", version);
            }
        });
        p.put(CardDav.MAX_RESOURCE_SIZE, PropertyValue.text(Long.toString(book.maxResourceSize())));
        // the sync token doubles as CTag (calendarserver.org getctag, which Apple and older DAVx5 poll)
        p.put(Dav.GETCTAG, PropertyValue.text(book.syncToken()));
        p.put(Dav.SYNC_TOKEN, PropertyValue.text(book.syncToken()));
        p.put(Dav.CURRENT_USER_PRIVILEGE_SET, privileges().currentUserPrivilegeSet());
        if (book.access() != BookAccess.DIRECTORY && book.owner() != null && book.owner().contains("@")) {
            p.put(Dav.OWNER, PropertyValue.href(c.principalHref(book.owner())));
        }
        return PropertyLookup.pick(p, names);
    }

    @Override
    public List<DavNode> members(DavContext c) {
        try {
            return contacts.list(user, book.name()).stream().<DavNode>map(l -> new CardNode(this, l, null)).toList();
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    @Override
    public Optional<DavNode> member(DavContext c, String name) {
        try {
            return contacts.get(user, book.name(), name).map(s -> new CardNode(this, null, s));
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    @Override
    public List<DavNode> members(DavContext c, List<String> names) {
        List<DavNode> out = new ArrayList<>(names.size());
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            CardListing l = synced.get(n);
            if (l != null) {
                out.add(new CardNode(this, l, null));
            } else {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            multiget(unknown).values().forEach(s -> out.add(new CardNode(this, null, s)));
        }
        return out;
    }

    private Map<String, StoredCard> multiget(List<String> names) {
        try {
            Map<String, StoredCard> byName = new HashMap<>();
            for (StoredCard s : contacts.multiget(user, book.name(), names)) {
                byName.put(s.resourceName(), s);
            }
            return byName;
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    /** RFC 6352 §6.3.2: a vCard in text/vcard; the service checks it, its size and UID uniqueness. */
    @Override
    public PutResult put(DavContext c, String name, byte[] body, String contentType, Preconditions pre) {
        privileges().requireWrite(href());
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!type.equals("text/vcard") && !type.equals("text/x-vcard") && !type.equals("text/directory")) {
                throw DavException.forbidden(CardDav.Precondition.SUPPORTED_ADDRESS_DATA.element(),
                        "only text/vcard can be stored in an address book, not " + type);
            }
            charset = charset(contentType);
        }
        try {
            dev.parley.contacts.api.PutResult r = contacts.put(user, book.name(), name, new String(body, charset),
                    precondition(pre));
            return new PutResult(r.created(), r.etag(), null);
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    private static Charset charset(String contentType) {
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(kv[1].strip().replace("\"", ""));
                } catch (RuntimeException e) {
                    throw DavException.forbidden(CardDav.Precondition.SUPPORTED_ADDRESS_DATA.element(),
                            "unknown charset " + kv[1].strip());
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    static Precondition precondition(Preconditions pre) {
        String ifMatch = pre.ifMatch() == null ? null
                : pre.ifMatch().strip().equals("*") ? "*" : pre.expectedEtag();
        return new Precondition(ifMatch, pre.mustNotExist());
    }

    /** DELETE of the book itself: the owner's own books only (not the directory, not a share). */
    @Override
    public void delete(DavContext c, Preconditions pre) {
        if (book.access() != BookAccess.OWNER) {
            throw DavException.forbidden(Dav.NEED_PRIVILEGES, "only the owner can delete " + href());
        }
        try {
            contacts.deleteBook(user, book.name());
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
    }

    /** RFC 4918 §9.2: displayname and addressbook-description can change; anything else is 403, all or nothing. */
    @Override
    public Map<QName, Integer> proppatch(DavContext c, List<PropUpdate> updates) {
        Map<QName, Integer> status = new LinkedHashMap<>();
        String displayName = null;
        String description = null;
        boolean refused = false;
        for (PropUpdate u : updates) {
            if (book.access() != BookAccess.OWNER) {
                status.put(u.name(), 403);
                refused = true;
            } else if (u.name().equals(Dav.DISPLAYNAME)) {
                displayName = u.remove() ? "" : u.text();
                status.put(u.name(), 200);
            } else if (u.name().equals(CardDav.ADDRESSBOOK_DESCRIPTION)) {
                description = u.remove() ? "" : u.text();
                status.put(u.name(), 200);
            } else {
                status.put(u.name(), 403);
                refused = true;
            }
        }
        if (!refused && (displayName != null || description != null)) {
            try {
                contacts.updateBook(user, book.name(), displayName, description);
            } catch (ContactsException e) {
                throw CardDavErrors.of(e);
            }
        }
        return status;
    }

    @Override
    public Set<QName> reports() {
        return Set.of(CardDav.ADDRESSBOOK_QUERY, CardDav.ADDRESSBOOK_MULTIGET);
    }

    @Override
    public Response report(DavContext c, Element body, Depth depth) {
        try {
            if (DavXml.is(body, CardDav.ADDRESSBOOK_MULTIGET)) {
                return multigetReport(c, ReportParser.multiget(body));
            }
            if (DavXml.is(body, CardDav.ADDRESSBOOK_QUERY)) {
                return queryReport(c, ReportParser.query(body));
            }
        } catch (CardDavException e) {
            throw CardDavErrors.of(e);
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
        throw DavException.forbidden(Dav.SUPPORTED_REPORT, "report " + DavXml.name(body) + " is not supported here");
    }

    /** RFC 6352 §8.7: the cards named by href, in request order; unknown ones (or other collections') as 404. */
    private Response multigetReport(DavContext c, AddressbookMultiget request) {
        List<String> names = new ArrayList<>();
        Map<String, String> nameOfHref = new LinkedHashMap<>();
        for (String href : request.hrefs()) {
            List<String> segments = c.segments(href);
            String prefix = href();
            if (segments != null && segments.size() == 4 && c.href(true, segments.get(0), segments.get(1), segments.get(2)).equals(prefix)) {
                nameOfHref.put(href, segments.get(3));
                names.add(segments.get(3));
            } else {
                nameOfHref.put(href, null);
            }
        }
        Map<String, StoredCard> found = names.isEmpty() ? Map.of() : multiget(names);
        return DavEndpoint.multistatus(out -> {
            for (Map.Entry<String, String> e : nameOfHref.entrySet()) {
                StoredCard card = e.getValue() == null ? null : found.get(e.getValue());
                if (card == null) {
                    out.write(DavResponse.ofStatus(e.getKey(), 404));
                } else {
                    CardNode node = new CardNode(this, null, card);
                    out.write(DavResponse.ofPropstats(node.href(), node.reportProperties(c, request.properties(), request.addressData())));
                }
            }
        });
    }

    /** RFC 6352 §8.6: the matching cards; a limit reached ends with 507 on the collection (§8.6.1). */
    private Response queryReport(DavContext c, AddressbookQuery request) {
        List<StoredCard> cards = contacts.query(user, book.name(), request.allOf(), request.filters(), request.limit());
        boolean truncated = request.limit() != null && cards.size() >= request.limit();
        return DavEndpoint.multistatus(out -> {
            for (StoredCard card : cards) {
                CardNode node = new CardNode(this, null, card);
                out.write(DavResponse.ofPropstats(node.href(), node.reportProperties(c, request.properties(), request.addressData())));
            }
            if (truncated) {
                out.write(new DavResponse(href(), 507, List.of(), Dav.NUMBER_OF_MATCHES_WITHIN_LIMITS, null));
            }
        });
    }

    @Override
    public boolean syncable() {
        return true;
    }

    /**
     * RFC 6578 §3.2 from the service's change log. The service cannot cut a change list part way with a
     * token for the cut, so a limit smaller than the changes is refused with 507 and
     * number-of-matches-within-limits (§3.7); clients then sync without a limit.
     */
    @Override
    public Changes changesSince(DavContext c, String token, Integer limit) {
        dev.parley.contacts.api.Changes changes;
        try {
            changes = contacts.changes(user, book.name(), token);
        } catch (ContactsException e) {
            throw CardDavErrors.of(e);
        }
        if (limit != null && changes.changed().size() + changes.deleted().size() > limit) {
            throw new DavException(507, Dav.NUMBER_OF_MATCHES_WITHIN_LIMITS,
                    "more than " + limit + " changes; sync without a limit");
        }
        Map<String, CardListing> byName = new HashMap<>();
        for (CardListing l : changes.changed()) {
            byName.put(l.resourceName(), l);
        }
        synced = byName;
        return new Changes(changes.changed().stream().map(CardListing::resourceName).toList(), changes.deleted(),
                changes.syncToken(), changes.truncated());
    }
}
