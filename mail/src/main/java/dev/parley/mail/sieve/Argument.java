package dev.parley.mail.sieve;

import java.util.List;

/** RFC 5228 §2.6.1 positional and tagged arguments: a string list, a number or a tag. */
public sealed interface Argument permits Argument.StringList, Argument.Number, Argument.Tag {

    int line();

    int column();

    /**
     * A string list; {@code bracketed} is false for a lone string, which RFC 5228 §2.4.2.1 lets
     * stand wherever a list is expected (but not the other way round).
     */
    record StringList(List<String> values, boolean bracketed, int line, int column) implements Argument {
        public StringList {
            values = List.copyOf(values);
        }

        public boolean isSingleString() {
            return !bracketed && values.size() == 1;
        }
    }

    /** RFC 5228 §2.4.1: a number, already multiplied by its K/M/G quantifier. */
    record Number(long value, int line, int column) implements Argument {
    }

    /** RFC 5228 §2.6.2: a tag such as {@code :is}; {@code name} is lower case without the colon. */
    record Tag(String name, int line, int column) implements Argument {
    }
}
