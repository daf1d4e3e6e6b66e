package dev.parley.mail.sieve;

import dev.parley.mail.sieve.Signatures.ArgType;
import dev.parley.mail.sieve.Signatures.Signature;
import dev.parley.mail.sieve.Signatures.TagSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one command or test sorted by its {@link Signature}: tags (with the argument
 * that follows each) and positional arguments. Built by {@link Validator} at upload time, where it
 * reports every mismatch, and again by the interpreter, where it can no longer fail.
 */
record Args(Map<String, Argument> tags, List<Argument> positional) {

    static Args of(String name, List<Argument> arguments, Signature sig) throws SieveException {
        Map<String, Argument> tags = new LinkedHashMap<>();
        Map<String, String> groups = new HashMap<>();
        List<Argument> positional = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Argument a = arguments.get(i);
            if (!(a instanceof Argument.Tag tag)) {
                positional.add(a);
                continue;
            }
            if (!positional.isEmpty()) {
                // RFC 5228 §2.6.2: tagged arguments precede positional arguments
                throw new SieveException(a.line(), a.column(), "tag :" + tag.name() + " must come before the positional arguments of " + name);
            }
            TagSpec spec = sig.tags().get(tag.name());
            if (spec == null) {
                throw new SieveException(a.line(), a.column(), "unknown tag :" + tag.name() + " for " + name);
            }
            if (tags.containsKey(tag.name())) {
                throw new SieveException(a.line(), a.column(), "duplicate tag :" + tag.name() + " in " + name);
            }
            String other = groups.put(spec.group(), tag.name());
            if (other != null) {
                throw new SieveException(a.line(), a.column(), ":" + tag.name() + " conflicts with :" + other + " in " + name);
            }
            Argument value = null;
            if (spec.arg() != ArgType.NONE) {
                if (i + 1 >= arguments.size() || !fits(arguments.get(i + 1), spec.arg())) {
                    throw new SieveException(a.line(), a.column(), ":" + tag.name() + " needs a " + describe(spec.arg()) + " argument in " + name);
                }
                value = arguments.get(++i);
            }
            tags.put(tag.name(), value);
        }
        return new Args(tags, positional);
    }

    static boolean fits(Argument a, ArgType type) {
        return switch (type) {
            case NONE -> false;
            case NUMBER -> a instanceof Argument.Number;
            case STRING -> a instanceof Argument.StringList s && s.isSingleString();
            case STRING_LIST -> a instanceof Argument.StringList;
        };
    }

    static String describe(ArgType type) {
        return switch (type) {
            case NONE -> "no";
            case NUMBER -> "number";
            case STRING -> "string";
            case STRING_LIST -> "string list";
        };
    }

    boolean has(String tag) {
        return tags.containsKey(tag);
    }

    String string(String tag) {
        Argument a = tags.get(tag);
        return a == null ? null : ((Argument.StringList) a).values().get(0);
    }

    List<String> list(String tag) {
        Argument a = tags.get(tag);
        return a == null ? null : ((Argument.StringList) a).values();
    }

    long number(String tag, long dflt) {
        Argument a = tags.get(tag);
        return a == null ? dflt : ((Argument.Number) a).value();
    }

    String string(int i) {
        return ((Argument.StringList) positional.get(i)).values().get(0);
    }

    List<String> list(int i) {
        return ((Argument.StringList) positional.get(i)).values();
    }

    long number(int i) {
        return ((Argument.Number) positional.get(i)).value();
    }
}
