package dev.parley.calendar.wcap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ACL: ACEs joined by {@code ;}, evaluated in order; the first ACE that matches the principal,
 * covers the scope and names the access decides (grant or deny) (ADM63 acabj). Primary owners have
 * built-in full access, so callers check ownership before asking the ACL.
 */
public record Acl(List<Ace> entries) {

    public Acl {
        entries = List.copyOf(entries);
    }

    public static Acl parse(String text) {
        List<Ace> list = new ArrayList<>();
        if (text != null) {
            for (String s : text.split(";")) {
                if (!s.isBlank()) {
                    list.add(Ace.parse(s));
                }
            }
        }
        return new Acl(list);
    }

    /** The principal asking, relative to the calendar. */
    public record Principal(String userid, String domain, boolean primaryOwner, boolean owner, String ownerDomain) {
    }

    /** Grant or deny from the first deciding ACE; empty when no ACE decides (then: denied). */
    public Optional<Boolean> decide(Principal p, Ace.Scope scope, Ace.Access access) {
        for (Ace ace : entries) {
            if (matches(ace.who(), p) && ace.what().covers(scope) && ace.how().contains(access)) {
                return Optional.of(ace.grant());
            }
        }
        return Optional.empty();
    }

    public boolean allows(Ace.Scope scope, Ace.Access access, Principal p) {
        return p.primaryOwner() || decide(p, scope, access).orElse(false);
    }

    private static boolean matches(Ace.Who who, Principal p) {
        String domain = p.domain() == null ? "" : p.domain().toLowerCase(Locale.ROOT);
        return switch (who.kind()) {
            case EVERYONE -> true;
            case PRIMARY_OWNER -> p.primaryOwner();
            case OWNERS -> p.owner() || p.primaryOwner();
            case NON_OWNERS -> !p.owner() && !p.primaryOwner();
            case OWNER_DOMAIN -> p.ownerDomain() != null && p.ownerDomain().equalsIgnoreCase(domain);
            case DOMAIN -> who.value().equals(domain);
            case USER -> {
                String u = p.userid() == null ? "" : p.userid().toLowerCase(Locale.ROOT);
                yield who.value().equals(u) || who.value().equals(u + "@" + domain);
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Ace a : entries) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
