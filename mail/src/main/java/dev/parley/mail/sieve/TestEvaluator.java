package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Evaluates the tests of RFC 5228 §5 and of the body, variables and imap4flags extensions. */
final class TestEvaluator {

    private final MessageContext message;
    private final Variables variables;
    private final Flags flags;
    private final SieveLimits limits;

    TestEvaluator(MessageContext message, Variables variables, Flags flags, SieveLimits limits) {
        this.message = message;
        this.variables = variables;
        this.flags = flags;
        this.limits = limits;
    }

    boolean evaluate(Test t) {
        Args args = Interpreter.args(t.name(), t.arguments(), Signatures.TESTS.get(t.name()));
        return switch (t.name()) {
            case "true" -> true;
            case "false" -> false;
            case "not" -> !evaluate(t.tests().get(0));
            // RFC 5228 §5.2/§5.3: evaluated left to right, stopping as soon as the result is known
            case "allof" -> t.tests().stream().allMatch(this::evaluate);
            case "anyof" -> t.tests().stream().anyMatch(this::evaluate);
            case "exists" -> variables.expand(args.list(0)).stream().noneMatch(h -> message.headers(h).isEmpty());
            case "size" -> args.has("over") ? message.size() > args.number(0) : message.size() < args.number(0);
            case "header" -> match(args, headerValues(args.list(0)), args.list(1));
            case "address" -> match(args, addressValues(args, headerValues(args.list(0))), args.list(1));
            case "envelope" -> match(args, envelopeValues(args), args.list(1));
            case "body" -> match(args, bodyValues(args), args.list(0));
            case "string" -> match(args, variables.expand(args.list(0)), args.list(1));
            case "mailboxexists" -> variables.expand(args.list(0)).stream().allMatch(message::mailboxExists);
            case "hasflag" -> match(args, hasflagValues(args), args.list(args.positional().size() - 1));
            default -> throw new SieveRuntimeException("unknown test " + t.name());
        };
    }

    private List<String> headerValues(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : variables.expand(names)) {
            out.addAll(message.headers(name));
        }
        return out;
    }

    private static List<String> addressValues(Args args, List<String> headerValues) {
        List<String> addresses = new ArrayList<>();
        for (String v : headerValues) {
            addresses.addAll(Addresses.parse(v));
        }
        return parts(args, addresses);
    }

    private static List<String> parts(Args args, List<String> addresses) {
        String part = "all";
        for (String p : List.of("localpart", "domain", "user", "detail")) {
            if (args.has(p)) {
                part = p;
            }
        }
        List<String> out = new ArrayList<>();
        for (String a : addresses) {
            String v = Addresses.part(a, part);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** RFC 5228 §5.4: "from" is MAIL FROM (empty for the null path), "to" is RCPT TO. */
    private List<String> envelopeValues(Args args) {
        List<String> addresses = new ArrayList<>();
        for (String part : variables.expand(args.list(0))) {
            switch (part.toLowerCase(Locale.ROOT)) {
                case "from" -> addresses.add(message.envelopeFrom());
                case "to" -> addresses.add(message.envelopeTo());
                default -> { }
            }
        }
        if (addresses.size() == 1 && addresses.get(0).isEmpty()) {
            // the null reverse path has no local part or domain, but matches "" with :all
            return args.has("localpart") || args.has("domain") || args.has("user") || args.has("detail")
                    ? List.of() : List.of("");
        }
        return parts(args, addresses);
    }

    /** RFC 5173 §5: :raw, :content types, or :text (the default). */
    private List<String> bodyValues(Args args) {
        List<String> out = new ArrayList<>();
        if (args.has("raw")) {
            out.add(cap(message.rawBody()));
            return out;
        }
        List<String> types = args.has("content") ? variables.expand(args.list("content")) : null;
        int budget = limits.maxBodyChars();
        for (MessageContext.BodyText part : message.bodyParts()) {
            boolean wanted = types == null ? part.mimeType().startsWith("text/") : types.stream().anyMatch(
                    t -> t.isEmpty() || t.equalsIgnoreCase(part.mimeType())
                            || (!t.contains("/") && part.mimeType().startsWith(t.toLowerCase(Locale.ROOT) + "/")));
            if (wanted && budget > 0) {
                // RFC 5173 §5.2: :text may turn markup into text; strip HTML tags
                String text = types == null && part.mimeType().equals("text/html")
                        ? part.text().replaceAll("<[^>]*>", " ") : part.text();
                text = text.length() > budget ? text.substring(0, budget) : text;
                budget -= text.length();
                out.add(text);
            }
        }
        return out;
    }

    private String cap(String s) {
        return s.length() > limits.maxBodyChars() ? s.substring(0, limits.maxBodyChars()) : s;
    }

    private List<String> hasflagValues(Args args) {
        List<String> names = args.positional().size() == 2 ? variables.expand(args.list(0)) : null;
        return names == null ? flags.internal() : names.stream().flatMap(n -> Flags.split(variables.get(n)).stream()).toList();
    }

    /** RFC 5228 §2.7 with RFC 5231 :count: does any value match any key? */
    private boolean match(Args args, List<String> values, List<String> rawKeys) {
        Comparator cmp = Comparator.of(args.string("comparator"));
        List<String> keys = variables.expand(rawKeys);
        if (args.has("count")) {
            String count = String.valueOf(values.size());
            return keys.stream().anyMatch(k -> Matcher.relational(args.string("count"), cmp.compare(count, k)));
        }
        String type = args.has("contains") ? "contains" : args.has("matches") ? "matches"
                : args.has("value") ? "value" : "is";
        String op = args.string("value");
        List<String> captures = new ArrayList<>();
        for (String v : values) {
            for (String k : keys) {
                if (Matcher.match(cmp, type, op, v, k, captures)) {
                    if (type.equals("matches")) {
                        variables.setMatches(captures);
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
