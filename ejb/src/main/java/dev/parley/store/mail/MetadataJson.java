package dev.parley.store.mail;

import dev.parley.mail.mime.Address;
import dev.parley.mail.mime.BodyPart;
import dev.parley.mail.mime.Disposition;
import dev.parley.mail.mime.Envelope;
import dev.parley.mail.mime.Offsets;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cached mime model ({@link Envelope}, {@link BodyPart}) as JSON for the {@code jsonb} columns
 * {@code mail.message.envelope} and {@code body_structure} (docs/adr/0021-cached-mime-model-as-jsonb.md).
 * Absent values are left out; ordered maps (parameters in header order) are arrays of
 * {@code [name, value]} pairs because {@code jsonb} does not keep key order; NUL characters, which
 * {@code jsonb} cannot hold, are dropped;
 * addresses are {@code [name, adl, mailbox, host]} as in RFC 9051 §7.5.2. Reading tolerates missing
 * fields, so fields added to the model later need no rewrite of stored rows.
 */
final class MetadataJson {

    /** Looked up once: {@code Json.createX} searches for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private MetadataJson() {
    }

    static String envelope(Envelope e) {
        return envelopeObject(e).build().toString();
    }

    static String bodyStructure(BodyPart part) {
        return partObject(part).build().toString();
    }

    static Envelope readEnvelope(String json) {
        return envelope(parse(json));
    }

    static BodyPart readBodyStructure(String json) {
        return part(parse(json));
    }

    private static JsonObjectBuilder envelopeObject(Envelope e) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        put(o, "date", e.date());
        put(o, "subject", e.subject());
        addresses(o, "from", e.from());
        addresses(o, "sender", e.sender());
        addresses(o, "replyTo", e.replyTo());
        addresses(o, "to", e.to());
        addresses(o, "cc", e.cc());
        addresses(o, "bcc", e.bcc());
        put(o, "inReplyTo", e.inReplyTo());
        put(o, "messageId", e.messageId());
        return o;
    }

    private static Envelope envelope(JsonObject o) {
        return new Envelope(string(o, "date"), string(o, "subject"), addresses(o, "from"), addresses(o, "sender"),
                addresses(o, "replyTo"), addresses(o, "to"), addresses(o, "cc"), addresses(o, "bcc"),
                string(o, "inReplyTo"), string(o, "messageId"));
    }

    private static JsonObjectBuilder partObject(BodyPart p) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("type", clean(p.type())).add("subtype", clean(p.subtype())).add("encoding", clean(p.encoding()))
                .add("size", p.size()).add("lines", p.lines())
                .add("offsets", JSON.createArrayBuilder().add(p.offsets().headerStart())
                        .add(p.offsets().bodyStart()).add(p.offsets().end()));
        if (!p.params().isEmpty()) {
            o.add("params", pairs(p.params()));
        }
        put(o, "id", p.id());
        put(o, "description", p.description());
        put(o, "md5", p.md5());
        put(o, "location", p.location());
        if (p.disposition() != null) {
            o.add("disposition", JSON.createObjectBuilder().add("type", clean(p.disposition().type()))
                    .add("params", pairs(p.disposition().params())));
        }
        if (!p.language().isEmpty()) {
            o.add("language", JSON.createArrayBuilder(p.language()));
        }
        if (!p.parts().isEmpty()) {
            JsonArrayBuilder parts = JSON.createArrayBuilder();
            p.parts().forEach(child -> parts.add(partObject(child)));
            o.add("parts", parts);
        }
        if (p.isEncapsulatedMessage()) {
            o.add("messageEnvelope", envelopeObject(p.messageEnvelope()));
            o.add("messageBody", partObject(p.messageBody()));
        }
        return o;
    }

    private static BodyPart part(JsonObject o) {
        JsonArray off = o.getJsonArray("offsets");
        List<BodyPart> parts = new ArrayList<>();
        if (o.containsKey("parts")) {
            o.getJsonArray("parts").forEach(v -> parts.add(part(v.asJsonObject())));
        }
        Disposition disposition = null;
        if (o.containsKey("disposition")) {
            JsonObject d = o.getJsonObject("disposition");
            disposition = new Disposition(d.getString("type"), pairs(d.getJsonArray("params")));
        }
        List<String> language = new ArrayList<>();
        if (o.containsKey("language")) {
            o.getJsonArray("language").forEach(v -> language.add(((jakarta.json.JsonString) v).getString()));
        }
        return new BodyPart(o.getString("type"), o.getString("subtype"),
                o.containsKey("params") ? pairs(o.getJsonArray("params")) : Map.of(), string(o, "id"),
                string(o, "description"), o.getString("encoding"), o.getJsonNumber("size").longValue(),
                o.getJsonNumber("lines").longValue(), string(o, "md5"), disposition, language, string(o, "location"),
                parts, o.containsKey("messageEnvelope") ? envelope(o.getJsonObject("messageEnvelope")) : null,
                o.containsKey("messageBody") ? part(o.getJsonObject("messageBody")) : null,
                new Offsets(off.getJsonNumber(0).longValue(), off.getJsonNumber(1).longValue(),
                        off.getJsonNumber(2).longValue()));
    }

    private static void addresses(JsonObjectBuilder o, String key, List<Address> list) {
        if (list.isEmpty()) {
            return;
        }
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Address address : list) {
            JsonArrayBuilder fields = JSON.createArrayBuilder();
            for (String f : new String[] {address.name(), address.adl(), address.mailbox(), address.host()}) {
                if (f == null) {
                    fields.addNull();
                } else {
                    fields.add(clean(f));
                }
            }
            a.add(fields);
        }
        o.add(key, a);
    }

    private static List<Address> addresses(JsonObject o, String key) {
        if (!o.containsKey(key)) {
            return List.of();
        }
        List<Address> out = new ArrayList<>();
        for (JsonValue v : o.getJsonArray(key)) {
            JsonArray f = v.asJsonArray();
            out.add(new Address(nullable(f, 0), nullable(f, 1), nullable(f, 2), nullable(f, 3)));
        }
        return out;
    }

    private static JsonArrayBuilder pairs(Map<String, String> map) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        map.forEach((k, v) -> a.add(JSON.createArrayBuilder().add(clean(k)).add(v == null ? "" : clean(v))));
        return a;
    }

    private static Map<String, String> pairs(JsonArray array) {
        Map<String, String> map = new LinkedHashMap<>();
        for (JsonValue v : array) {
            JsonArray pair = v.asJsonArray();
            map.putIfAbsent(pair.getString(0), pair.getString(1));
        }
        return map;
    }

    private static void put(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, clean(value));
        }
    }

    private static String clean(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    private static String string(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static String nullable(JsonArray a, int i) {
        return a.isNull(i) ? null : a.getString(i);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
