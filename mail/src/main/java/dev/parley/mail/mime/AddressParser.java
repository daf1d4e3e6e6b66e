package dev.parley.mail.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient RFC 5322 §3.4 {@code address-list} reader producing RFC 9051 §7.5.2 address
 * structures. It accepts what real mail contains — missing angle brackets, unquoted dots in
 * names, stray commas, unterminated groups, obsolete routes (RFC 5322 §4.4) — and never throws.
 * Display names are kept raw (quotes removed, encoded words untouched); comments are dropped.
 * An address without {@code @} gets an empty host, as a group marker alone may have a NIL host.
 */
final class AddressParser {

    private enum Kind { WORD, QUOTED, SPECIAL }

    private record Token(Kind kind, String raw, String value, boolean gap) {
        boolean is(char c) {
            return kind == Kind.SPECIAL && raw.charAt(0) == c;
        }
    }

    private final List<Token> tokens;
    private int pos;

    private AddressParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The addresses of one header value (already unfolded); empty for {@code null} or blank. */
    static List<Address> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return new AddressParser(tokenize(value)).addressList();
    }

    private List<Address> addressList() {
        List<Address> out = new ArrayList<>();
        boolean inGroup = false;
        while (pos < tokens.size()) {
            List<Token> phrase = new ArrayList<>();
            while (pos < tokens.size() && !tokens.get(pos).is(',') && !tokens.get(pos).is('<')
                    && !tokens.get(pos).is(':') && !tokens.get(pos).is(';')) {
                phrase.add(tokens.get(pos++));
            }
            Token stop = pos < tokens.size() ? tokens.get(pos++) : null;
            if (stop != null && stop.is(':') && !inGroup) {
                // RFC 5322 §3.4 group: display-name ":" [group-list] ";"
                out.add(Address.groupStart(phrase.isEmpty() ? "" : displayName(phrase)));
                inGroup = true;
            } else if (stop != null && stop.is('<')) {
                out.add(angleAddress(phrase.isEmpty() ? null : displayName(phrase)));
            } else if (!phrase.isEmpty()) {
                out.add(addrSpec(null, null, phrase));
            }
            if (stop != null && stop.is(';') && inGroup) {
                out.add(Address.groupEnd());
                inGroup = false;
            }
        }
        if (inGroup) {
            out.add(Address.groupEnd());
        }
        return out;
    }

    /** After {@code <}: {@code [obs-route] addr-spec ">"}; a missing {@code >} ends at the next comma. */
    private Address angleAddress(String name) {
        List<Token> inside = new ArrayList<>();
        // RFC 5322 §4.4 obs-route "@a,@b:" has commas of its own
        boolean inRoute = pos < tokens.size() && tokens.get(pos).is('@');
        while (pos < tokens.size() && !tokens.get(pos).is('>') && (inRoute || !tokens.get(pos).is(','))) {
            if (inRoute && tokens.get(pos).is(':')) {
                inRoute = false;
            }
            inside.add(tokens.get(pos++));
        }
        if (pos < tokens.size() && tokens.get(pos).is('>')) {
            pos++;
        }
        // anything between ">" and the next separator (junk) is ignored
        while (pos < tokens.size() && !tokens.get(pos).is(',') && !tokens.get(pos).is(';')) {
            pos++;
        }
        String adl = null;
        int colon = -1;
        for (int i = 0; i < inside.size(); i++) {
            if (inside.get(i).is(':')) {
                colon = i;
            }
        }
        if (colon >= 0 && !inside.isEmpty() && inside.get(0).is('@')) {
            StringBuilder route = new StringBuilder();
            inside.subList(0, colon).forEach(t -> route.append(t.raw));
            adl = route.toString();
            inside = inside.subList(colon + 1, inside.size());
        }
        return addrSpec(name, adl, inside);
    }

    private static Address addrSpec(String name, String adl, List<Token> spec) {
        int at = -1;
        for (int i = spec.size() - 1; i >= 0 && at < 0; i--) {
            if (spec.get(i).is('@')) {
                at = i;
            }
        }
        String mailbox = join(spec, 0, at < 0 ? spec.size() : at);
        String host = at < 0 ? "" : join(spec, at + 1, spec.size());
        return new Address(name, adl, mailbox, host);
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(tokens.get(i).raw);
        }
        return b.toString();
    }

    /** RFC 5322 §3.2.5 phrase: words joined by one space, quoted strings unquoted. */
    private static String displayName(List<Token> phrase) {
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : phrase) {
            if (previous != null && t.gap) {
                b.append(' ');
            }
            b.append(t.value);
            previous = t;
        }
        return b.toString();
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        boolean gap = false;
        while (i < n) {
            char c = s.charAt(i);
            int before = out.size();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
                gap = true;
            } else if (c == '(') {
                i = skipComment(s, i);
                gap = true;
            } else if (c == '"') {
                StringBuilder v = new StringBuilder();
                int j = i + 1;
                while (j < n && s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    v.append(s.charAt(j++));
                }
                j = Math.min(j + 1, n);
                out.add(new Token(Kind.QUOTED, s.substring(i, j), v.toString(), gap));
                i = j;
            } else if (c == '[') {
                int j = s.indexOf(']', i);
                j = j < 0 ? n : j + 1;
                out.add(new Token(Kind.WORD, s.substring(i, j), s.substring(i, j), gap));
                i = j;
            } else if (",:;<>@.".indexOf(c) >= 0) {
                out.add(new Token(Kind.SPECIAL, String.valueOf(c), String.valueOf(c), gap));
                i++;
            } else {
                int j = i;
                while (j < n && " \t\r\n()\",:;<>@.[".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j), s.substring(i, j), gap));
                i = j;
            }
            if (out.size() > before) {
                gap = false;
            }
        }
        return out;
    }

    /** RFC 5322 §3.2.2: comments nest and may hold quoted pairs; an unclosed one runs to the end. */
    private static int skipComment(String s, int i) {
        int depth = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
