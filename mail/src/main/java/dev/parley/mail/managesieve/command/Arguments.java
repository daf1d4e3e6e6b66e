package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Word;

import java.nio.charset.CharacterCodingException;
import java.util.List;

/** The words after the command name, checked by position. */
public record Arguments(String command, List<Word> words) {

    public Arguments {
        words = List.copyOf(words);
    }

    public int size() {
        return words.size();
    }

    public Arguments expect(int min, int max) throws CommandException {
        if (words.size() < min || words.size() > max) {
            throw CommandException.syntax(command + " takes " + (min == max ? min : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s"));
        }
        return this;
    }

    public String string(int index) throws CommandException {
        if (!(words.get(index) instanceof Word.Str s)) {
            throw CommandException.syntax(command + ": argument " + (index + 1) + " must be a string");
        }
        try {
            return s.text();
        } catch (CharacterCodingException e) {
            throw CommandException.refused(Replies.NOT_UTF8);
        }
    }

    /** RFC 5804 §4 {@code number = 1*DIGIT} (up to 4294967295). */
    public long number(int index) throws CommandException {
        if (words.get(index) instanceof Word.Atom a && !a.value().isEmpty() && a.value().length() <= 10
                && a.value().chars().allMatch(c -> c >= '0' && c <= '9')) {
            long n = Long.parseLong(a.value());
            if (n <= 0xFFFF_FFFFL) {
                return n;
            }
        }
        throw CommandException.syntax(command + ": argument " + (index + 1) + " must be a number");
    }
}
