package dev.parley.mail.sieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every supported command and test accepts: tags (grouped so that two of one group conflict),
 * positional arguments and the extension that must be required before use. The table is the
 * usage lines of RFC 5228 §§3–5 and of the extension RFCs, written as data.
 */
final class Signatures {

    enum ArgType { NONE, STRING, STRING_LIST, NUMBER }

    /** A tag: its conflict group, the argument it takes, and the extension it needs (or null). */
    record TagSpec(String group, ArgType arg, String extension) {
    }

    /**
     * @param positional   accepted shapes of the positional arguments (several for commands with
     *                     an optional leading argument, e.g. RFC 5232 {@code setflag [<variable>] <flags>})
     * @param requiredTags a group of which exactly one tag must appear (size's :over/:under)
     */
    record Signature(String name, String extension, Map<String, TagSpec> tags, List<List<ArgType>> positional,
                     int minTests, int maxTests, boolean block, String requiredTags) {
    }

    /** Extensions this implementation offers in ManageSieve's SIEVE capability (RFC 5804 §1.7). */
    static final Set<String> EXTENSIONS = Set.of("fileinto", "reject", "ereject", "envelope", "body",
            "imap4flags", "variables", "relational", "subaddress", "copy", "vacation", "vacation-seconds",
            "comparator-i;ascii-numeric", "comparator-i;octet", "comparator-i;ascii-casemap", "encoded-character",
            "mailbox");

    static final Set<String> COMPARATORS = Set.of("i;octet", "i;ascii-casemap", "i;ascii-numeric");

    private static final ArgType S = ArgType.STRING;
    private static final ArgType L = ArgType.STRING_LIST;
    private static final ArgType N = ArgType.NUMBER;

    static final Map<String, Signature> COMMANDS = new HashMap<>();
    static final Map<String, Signature> TESTS = new HashMap<>();

    static {
        // RFC 5228 §3: control commands
        command("require", null, Map.of(), List.of(List.of(L)), 0, 0, false);
        command("if", null, Map.of(), List.of(List.of()), 1, 1, true);
        command("elsif", null, Map.of(), List.of(List.of()), 1, 1, true);
        command("else", null, Map.of(), List.of(List.of()), 0, 0, true);
        command("stop", null, Map.of(), List.of(List.of()), 0, 0, false);
        // RFC 5228 §4 actions, with RFC 5232 :flags and RFC 3894 :copy
        Map<String, TagSpec> flags = Map.of("flags", new TagSpec("flags", L, "imap4flags"));
        command("keep", null, flags, List.of(List.of()), 0, 0, false);
        command("discard", null, Map.of(), List.of(List.of()), 0, 0, false);
        // RFC 5490 §3.2 :create
        command("fileinto", "fileinto", Map.of("flags", new TagSpec("flags", L, "imap4flags"),
                "copy", new TagSpec("copy", ArgType.NONE, "copy"), "create", new TagSpec("create", ArgType.NONE, "mailbox")),
                List.of(List.of(S)), 0, 0, false);
        command("redirect", null, Map.of("copy", new TagSpec("copy", ArgType.NONE, "copy")),
                List.of(List.of(S)), 0, 0, false);
        // RFC 5429
        command("reject", "reject", Map.of(), List.of(List.of(S)), 0, 0, false);
        command("ereject", "ereject", Map.of(), List.of(List.of(S)), 0, 0, false);
        // RFC 5230 §4 (and RFC 6131 :seconds)
        command("vacation", "vacation", Map.of(
                "days", new TagSpec("period", N, null),
                "seconds", new TagSpec("period", N, "vacation-seconds"),
                "subject", new TagSpec("subject", S, null),
                "from", new TagSpec("from", S, null),
                "addresses", new TagSpec("addresses", L, null),
                "mime", new TagSpec("mime", ArgType.NONE, null),
                "handle", new TagSpec("handle", S, null)), List.of(List.of(S)), 0, 0, false);
        // RFC 5232 §3
        for (String f : List.of("setflag", "addflag", "removeflag")) {
            command(f, "imap4flags", Map.of(), List.of(List.of(L), List.of(S, L)), 0, 0, false);
        }
        // RFC 5229 §4: modifiers of equal precedence conflict (same group)
        command("set", "variables", Map.of(
                "lower", new TagSpec("precedence-40", ArgType.NONE, null),
                "upper", new TagSpec("precedence-40", ArgType.NONE, null),
                "lowerfirst", new TagSpec("precedence-30", ArgType.NONE, null),
                "upperfirst", new TagSpec("precedence-30", ArgType.NONE, null),
                "quotewildcard", new TagSpec("precedence-20", ArgType.NONE, null),
                "length", new TagSpec("precedence-10", ArgType.NONE, null)), List.of(List.of(S, S)), 0, 0, false);

        // RFC 5228 §5 tests
        test("true", null, Map.of(), List.of(List.of()), 0, 0, null);
        test("false", null, Map.of(), List.of(List.of()), 0, 0, null);
        test("not", null, Map.of(), List.of(List.of()), 1, 1, null);
        test("allof", null, Map.of(), List.of(List.of()), 1, Integer.MAX_VALUE, null);
        test("anyof", null, Map.of(), List.of(List.of()), 1, Integer.MAX_VALUE, null);
        test("exists", null, Map.of(), List.of(List.of(L)), 0, 0, null);
        test("size", null, Map.of("over", new TagSpec("size", ArgType.NONE, null),
                "under", new TagSpec("size", ArgType.NONE, null)), List.of(List.of(N)), 0, 0, "size");
        test("header", null, matching(false), List.of(List.of(L, L)), 0, 0, null);
        test("address", null, matching(true), List.of(List.of(L, L)), 0, 0, null);
        test("envelope", "envelope", matching(true), List.of(List.of(L, L)), 0, 0, null);
        // RFC 5173 §5
        Map<String, TagSpec> body = new HashMap<>(matching(false));
        body.put("raw", new TagSpec("transform", ArgType.NONE, null));
        body.put("text", new TagSpec("transform", ArgType.NONE, null));
        body.put("content", new TagSpec("transform", L, null));
        test("body", "body", body, List.of(List.of(L)), 0, 0, null);
        // RFC 5229 §5 and RFC 5232 §4
        test("string", "variables", matching(false), List.of(List.of(L, L)), 0, 0, null);
        test("mailboxexists", "mailbox", Map.of(), List.of(List.of(L)), 0, 0, null); // RFC 5490 §3.1
        test("hasflag", "imap4flags", matching(false), List.of(List.of(L), List.of(L, L)), 0, 0, null);
    }

    private Signatures() {
    }

    /** COMPARATOR and MATCH-TYPE (RFC 5228 §2.7.1, §2.7.3, RFC 5231 §4), ADDRESS-PART (§2.7.4, RFC 5233). */
    private static Map<String, TagSpec> matching(boolean addressPart) {
        Map<String, TagSpec> m = new HashMap<>();
        m.put("comparator", new TagSpec("comparator", S, null));
        m.put("is", new TagSpec("match", ArgType.NONE, null));
        m.put("contains", new TagSpec("match", ArgType.NONE, null));
        m.put("matches", new TagSpec("match", ArgType.NONE, null));
        m.put("count", new TagSpec("match", S, "relational"));
        m.put("value", new TagSpec("match", S, "relational"));
        if (addressPart) {
            m.put("all", new TagSpec("address-part", ArgType.NONE, null));
            m.put("localpart", new TagSpec("address-part", ArgType.NONE, null));
            m.put("domain", new TagSpec("address-part", ArgType.NONE, null));
            m.put("user", new TagSpec("address-part", ArgType.NONE, "subaddress"));
            m.put("detail", new TagSpec("address-part", ArgType.NONE, "subaddress"));
        }
        return Map.copyOf(m);
    }

    private static void command(String name, String ext, Map<String, TagSpec> tags, List<List<ArgType>> pos,
                                int minTests, int maxTests, boolean block) {
        COMMANDS.put(name, new Signature(name, ext, tags, pos, minTests, maxTests, block, null));
    }

    private static void test(String name, String ext, Map<String, TagSpec> tags, List<List<ArgType>> pos,
                             int minTests, int maxTests, String requiredTags) {
        TESTS.put(name, new Signature(name, ext, tags, pos, minTests, maxTests, false, requiredTags));
    }
}
