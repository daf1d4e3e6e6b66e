package dev.parley.mail.sieve;

import java.util.List;

/** RFC 5228 §2.5: a test, {@code identifier arguments} with nested tests for allof/anyof/not. */
public record Test(String name, List<Argument> arguments, List<Test> tests, int line, int column) {
    public Test {
        arguments = List.copyOf(arguments);
        tests = List.copyOf(tests);
    }
}
