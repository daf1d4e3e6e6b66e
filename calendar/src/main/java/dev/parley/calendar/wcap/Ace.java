package dev.parley.calendar.wcap;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One access control entry {@code who^what^how^grant} (ADM63 acabj). Case-insensitive on input;
 * rendered in lower case. {@code who} is a user, {@code user@domain}, {@code @domain}, {@code @}
 * (everyone) or one of {@code @@d @@p @@o @@n}; {@code what} is c (components), p (properties) or a
 * (all); {@code how} a set of access letters (may be empty: grants nothing); grant is g or d.
 */
public record Ace(Who who, Scope what, Set<Access> how, boolean grant) {

    public Ace {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
        how = how.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(how));
    }

    /** What the entry covers. */
    public enum Scope {
        COMPONENTS('c'), PROPERTIES('p'), ALL('a');

        private final char letter;

        Scope(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        public boolean covers(Scope wanted) {
            return this == ALL || this == wanted;
        }

        static Scope of(String s) {
            for (Scope v : values()) {
                if (s.length() == 1 && Character.toLowerCase(s.charAt(0)) == v.letter) {
                    return v;
                }
            }
            throw new WcapException(WcapErrno.SETCALPROPS_FAILED, "bad ACE flags: " + s);
        }
    }

    /** The access letters, in the order Sun documents them. */
    public enum Access {
        READ('r'), WRITE('w'), DELETE('d'), SCHEDULE('s'), FREEBUSY('f'), LOOKUP('l'),
        REPLY_ON_BEHALF('e'), INVITE_ON_BEHALF('i'), CANCEL_ON_BEHALF('c'), SELF_ADMIN('z');

        private final char letter;

        Access(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        static Access of(char c) {
            char l = Character.toLowerCase(c);
            for (Access a : values()) {
                if (a.letter == l) {
                    return a;
                }
            }
            throw new WcapException(WcapErrno.SETCALPROPS_FAILED, "bad ACE access letter: " + c);
        }
    }

    /** The principal part. */
    public record Who(Kind kind, String value) {

        public enum Kind { USER, DOMAIN, EVERYONE, OWNER_DOMAIN, PRIMARY_OWNER, OWNERS, NON_OWNERS }

        public static Who parse(String s) {
            String v = s.trim();
            switch (v.toLowerCase(Locale.ROOT)) {
                case "@":
                    return new Who(Kind.EVERYONE, null);
                case "@@d":
                    return new Who(Kind.OWNER_DOMAIN, null);
                case "@@p":
                    return new Who(Kind.PRIMARY_OWNER, null);
                case "@@o":
                    return new Who(Kind.OWNERS, null);
                case "@@n":
                    return new Who(Kind.NON_OWNERS, null);
                default:
                    break;
            }
            if (v.isEmpty() || v.startsWith("@@")) {
                throw new WcapException(WcapErrno.SETCALPROPS_FAILED, "bad ACE principal: " + s);
            }
            if (v.startsWith("@")) {
                return new Who(Kind.DOMAIN, v.substring(1).toLowerCase(Locale.ROOT));
            }
            return new Who(Kind.USER, v.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return switch (kind) {
                case EVERYONE -> "@";
                case OWNER_DOMAIN -> "@@d";
                case PRIMARY_OWNER -> "@@p";
                case OWNERS -> "@@o";
                case NON_OWNERS -> "@@n";
                case DOMAIN -> "@" + value;
                case USER -> value;
            };
        }
    }

    public static Ace parse(String text) {
        String[] parts = text.trim().split("\\^", -1);
        if (parts.length != 4) {
            throw new WcapException(WcapErrno.SETCALPROPS_FAILED, "an ACE is who^what^how^grant: " + text);
        }
        Set<Access> how = EnumSet.noneOf(Access.class);
        for (char c : parts[2].toCharArray()) {
            how.add(Access.of(c));
        }
        boolean grant = switch (parts[3].trim().toLowerCase(Locale.ROOT)) {
            case "g" -> true;
            case "d" -> false;
            default -> throw new WcapException(WcapErrno.SETCALPROPS_FAILED, "ACE grant is g or d: " + text);
        };
        return new Ace(Who.parse(parts[0]), Scope.of(parts[1].trim()), how, grant);
    }

    @Override
    public String toString() {
        StringBuilder letters = new StringBuilder();
        for (Access a : Access.values()) {
            if (how.contains(a)) {
                letters.append(a.letter());
            }
        }
        return who + "^" + what.letter() + "^" + letters + "^" + (grant ? "g" : "d");
    }
}
