package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sieve (RFC 5228) for Parley: {@link #compile} checks a script at upload time (what ManageSieve
 * PUTSCRIPT and CHECKSCRIPT answer, RFC 5804 §2.6) and {@link #run} decides the fate of one
 * message. Thread-safe; compiled {@link Script}s may be cached and shared.
 */
public final class Sieve {

    private final SieveLimits limits;

    public Sieve() {
        this(SieveLimits.DEFAULT);
    }

    public Sieve(SieveLimits limits) {
        this.limits = limits;
    }

    /** The extensions for the ManageSieve {@code SIEVE} capability, sorted. */
    public static Set<String> extensions() {
        return new TreeSet<>(Signatures.EXTENSIONS);
    }

    /** Lexes, parses and validates; the exception names the line, column and problem. */
    public Script compile(String source) throws SieveException {
        if (source.length() > limits.maxScriptLength()) {
            throw new SieveException(1, 1, "script too long: " + source.length() + " characters (limit "
                    + limits.maxScriptLength() + ")");
        }
        List<Token> tokens = new Lexer(source, limits.maxStringLength()).tokens();
        List<Command> commands = new Parser(tokens, limits.maxNesting()).script();
        return new Validator().validate(commands);
    }

    /** Runs without vacation tracking (every vacation that passes RFC 5230 §4.5 answers). */
    public SieveResult run(Script script, MessageContext message) {
        return run(script, message, VacationTracker.NONE, List.of());
    }

    /**
     * Runs {@code script} for one recipient. A runtime error (RFC 5228 §2.10.6) never loses the
     * message: the result is then a single keep, with the error reported.
     *
     * @param userAddresses the recipient's own addresses besides {@link MessageContext#envelopeTo()},
     *                      for the RFC 5230 §4.5 "is it addressed to me" check
     */
    public SieveResult run(Script script, MessageContext message, VacationTracker tracker, List<String> userAddresses) {
        List<Action> actions;
        try {
            actions = new Interpreter(script, message, limits, new VacationRule(tracker, userAddresses)).run();
        } catch (SieveRuntimeException e) {
            return new SieveResult(List.of(new Action.Keep(List.of())), List.of(e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        for (Action a : actions) {
            if (a instanceof Action.Vacation v) {
                tracker.record(v.recipient(), v.handle(), v.period());
            }
        }
        return new SieveResult(actions, errors);
    }
}
