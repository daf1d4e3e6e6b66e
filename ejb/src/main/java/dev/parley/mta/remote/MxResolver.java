package dev.parley.mta.remote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The hosts to try for a domain (RFC 5321 §5.1): its MX records, lowest preference first, equal
 * preferences in random order; no MX records means the domain itself (its A/AAAA, "implicit MX"); a null
 * MX (RFC 7505, the single target ".") means the domain accepts no mail.
 */
public class MxResolver {

    /** What a lookup came to. */
    public sealed interface Answer {
    }

    /** Hosts in the order to try them. */
    public record Hosts(List<String> hosts) implements Answer {
    }

    /** The domain does not exist or takes no mail: a permanent failure with this reply. */
    public record NoMail(String reply) implements Answer {
    }

    /** DNS did not answer: try later. */
    public record TryLater(String reply) implements Answer {
    }

    public Answer resolve(String domain) {
        Lookup lookup;
        try {
            lookup = new Lookup(domain, Type.MX);
        } catch (TextParseException e) {
            return new NoMail("553 5.1.2 bad destination domain " + domain);
        }
        Record[] records = lookup.run();
        return switch (lookup.getResult()) {
            case Lookup.SUCCESSFUL -> order(domain, records);
            case Lookup.HOST_NOT_FOUND -> new NoMail("550 5.1.2 domain " + domain + " does not exist");
            // no MX records: the domain itself is the implicit MX (§5.1)
            case Lookup.TYPE_NOT_FOUND -> new Hosts(List.of(domain));
            default -> new TryLater("451 4.4.3 DNS lookup for " + domain + " failed: " + lookup.getErrorString());
        };
    }

    static Answer order(String domain, Record[] records) {
        List<MXRecord> mx = new ArrayList<>();
        for (Record r : records) {
            if (r instanceof MXRecord m) {
                mx.add(m);
            }
        }
        if (mx.isEmpty()) {
            return new Hosts(List.of(domain));
        }
        if (mx.size() == 1 && mx.get(0).getTarget().equals(org.xbill.DNS.Name.root)) {
            return new NoMail("556 5.1.10 domain " + domain + " accepts no mail (null MX, RFC 7505)");
        }
        Collections.shuffle(mx); // equal preferences in random order (§5.1); the sort below is stable
        mx.sort(Comparator.comparingInt(MXRecord::getPriority));
        Map<String, Boolean> hosts = new LinkedHashMap<>();
        for (MXRecord m : mx) {
            if (!m.getTarget().equals(org.xbill.DNS.Name.root)) {
                hosts.putIfAbsent(m.getTarget().toString(true), true);
            }
        }
        return new Hosts(List.copyOf(hosts.keySet()));
    }
}
