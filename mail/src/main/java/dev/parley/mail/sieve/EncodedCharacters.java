package dev.parley.mail.sieve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 5228 §2.4.2.4 "encoded-character": once required, {@code ${hex:40 41}} (UTF-8 octets) and
 * {@code ${unicode:263A}} (code points) in strings stand for the characters they encode. Decoded
 * once, at upload time, before variables (RFC 5229 §3 runs later, at delivery).
 */
final class EncodedCharacters {

    private static final Pattern ENCODED = Pattern.compile("\\$\\{(hex|unicode):([\\s0-9A-Fa-f]*)}",
            Pattern.CASE_INSENSITIVE);

    private EncodedCharacters() {
    }

    static List<Command> decode(List<Command> commands) throws SieveException {
        List<Command> out = new ArrayList<>(commands.size());
        for (Command c : commands) {
            out.add(new Command(c.name(), arguments(c.arguments()), tests(c.tests()),
                    c.block() == null ? null : decode(c.block()), c.line(), c.column()));
        }
        return out;
    }

    private static List<Test> tests(List<Test> tests) throws SieveException {
        List<Test> out = new ArrayList<>(tests.size());
        for (Test t : tests) {
            out.add(new Test(t.name(), arguments(t.arguments()), tests(t.tests()), t.line(), t.column()));
        }
        return out;
    }

    private static List<Argument> arguments(List<Argument> args) throws SieveException {
        List<Argument> out = new ArrayList<>(args.size());
        for (Argument a : args) {
            if (a instanceof Argument.StringList s) {
                List<String> values = new ArrayList<>();
                for (String v : s.values()) {
                    values.add(decode(v, s.line(), s.column()));
                }
                out.add(new Argument.StringList(values, s.bracketed(), s.line(), s.column()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    static String decode(String s, int line, int column) throws SieveException {
        if (!s.contains("${")) {
            return s;
        }
        Matcher m = ENCODED.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String[] groups = m.group(2).trim().split("\\s+");
            boolean hex = m.group(1).toLowerCase(Locale.ROOT).equals("hex");
            String decoded = m.group(2).isBlank() ? "" : hex ? octets(groups) : codePoints(groups, line, column);
            if (decoded == null) {
                continue; // malformed: RFC 5228 §2.4.2.4 leaves it as written
            }
            b.append(s, last, m.start()).append(decoded);
            last = m.end();
        }
        return b.append(s, last, s.length()).toString();
    }

    private static String octets(String[] pairs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String p : pairs) {
            if (p.length() > 2) {
                return null;
            }
            bytes.write(Integer.parseInt(p, 16));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String codePoints(String[] groups, int line, int column) throws SieveException {
        StringBuilder b = new StringBuilder();
        for (String g : groups) {
            if (g.length() > 6) {
                return null;
            }
            int cp = Integer.parseInt(g, 16);
            if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                throw new SieveException(line, column, "invalid unicode character U+" + g.toUpperCase(Locale.ROOT));
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }
}
