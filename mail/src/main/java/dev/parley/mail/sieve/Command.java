package dev.parley.mail.sieve;

import java.util.List;

/**
 * RFC 5228 §2.9: a command, {@code identifier arguments (";" / block)}. {@code block} is
 * {@code null} when the command ended with a semicolon.
 */
public record Command(String name, List<Argument> arguments, List<Test> tests, List<Command> block,
                      int line, int column) {
    public Command {
        arguments = List.copyOf(arguments);
        tests = List.copyOf(tests);
        block = block == null ? null : List.copyOf(block);
    }
}
