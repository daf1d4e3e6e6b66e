package dev.parley.mail.sieve;

import java.util.List;
import java.util.Set;

/**
 * A compiled, validated script: its commands and the extensions its {@code require} commands
 * named (RFC 5228 §3.2). Immutable and safe to run concurrently.
 */
public record Script(List<Command> commands, Set<String> extensions) {
    public Script {
        commands = List.copyOf(commands);
        extensions = Set.copyOf(extensions);
    }

    public boolean requires(String extension) {
        return extensions.contains(extension);
    }
}
