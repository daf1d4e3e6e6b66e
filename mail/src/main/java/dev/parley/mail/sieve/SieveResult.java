package dev.parley.mail.sieve;

import java.util.List;

/**
 * The outcome of one run: the actions to take, in order, and the runtime errors met. When
 * {@code errors} is not empty the actions are the RFC 5228 §2.10.6 fallback, a single keep.
 */
public record SieveResult(List<Action> actions, List<String> errors) {
    public SieveResult {
        actions = List.copyOf(actions);
        errors = List.copyOf(errors);
    }

    public boolean failed() {
        return !errors.isEmpty();
    }
}
