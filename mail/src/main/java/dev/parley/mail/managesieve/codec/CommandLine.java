package dev.parley.mail.managesieve.codec;

import java.util.List;

/**
 * One complete client line: a command with its arguments, literals included, or (during
 * AUTHENTICATE) a SASL response string.
 */
public record CommandLine(List<Word> words) {
    public CommandLine {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
