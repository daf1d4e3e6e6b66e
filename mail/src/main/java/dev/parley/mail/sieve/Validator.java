package dev.parley.mail.sieve;

import dev.parley.mail.sieve.Signatures.ArgType;
import dev.parley.mail.sieve.Signatures.Signature;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Upload-time checks (RFC 5228 §2.10.5: "errors ... SHOULD be detected at upload time"): known
 * commands and tests, extensions required before use (§3.2), argument types and counts, tag
 * conflicts, {@code if}/{@code elsif}/{@code else} order, and the literal values that can be
 * checked before any mail arrives (comparators, relational operators, variable names).
 */
final class Validator {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RELATIONAL = Set.of("gt", "ge", "lt", "le", "eq", "ne");

    private final Set<String> extensions = new LinkedHashSet<>();

    Script validate(List<Command> commands) throws SieveException {
        boolean requiresAllowed = true;
        for (Command c : commands) {
            if (c.name().equals("require")) {
                if (!requiresAllowed) {
                    // RFC 5228 §3.2: require must come before any other command
                    throw error(c, "require must come before any other command");
                }
                require(c);
            } else {
                requiresAllowed = false;
            }
        }
        if (extensions.contains("encoded-character")) {
            commands = EncodedCharacters.decode(commands);
        }
        block(commands, false);
        return new Script(commands, extensions);
    }

    private static SieveException error(Command c, String message) {
        return new SieveException(c.line(), c.column(), message);
    }

    private void require(Command c) throws SieveException {
        Args args = check(c.name(), c.arguments(), Signatures.COMMANDS.get("require"), c.line(), c.column());
        for (String ext : args.list(0)) {
            String e = ext.toLowerCase(Locale.ROOT);
            if (!Signatures.EXTENSIONS.contains(e)) {
                throw error(c, "unsupported extension \"" + ext + "\"");
            }
            extensions.add(e);
        }
    }

    private void block(List<Command> commands, boolean nested) throws SieveException {
        String previous = null;
        for (Command c : commands) {
            Signature sig = Signatures.COMMANDS.get(c.name());
            if (sig == null) {
                throw error(c, "unknown command \"" + c.name() + "\"");
            }
            if (c.name().equals("require") && nested) {
                throw error(c, "require is not allowed inside a block");
            }
            needs(c.name(), sig.extension(), c.line(), c.column());
            if ((c.name().equals("elsif") || c.name().equals("else"))
                    && !"if".equals(previous) && !"elsif".equals(previous)) {
                throw error(c, c.name() + " without a preceding if");
            }
            Args args = check(c.name(), c.arguments(), sig, c.line(), c.column());
            testCount(c.name(), c.tests().size(), sig, c.line(), c.column());
            for (Test t : c.tests()) {
                test(t);
            }
            if (sig.block() && c.block() == null) {
                throw error(c, c.name() + " needs a block");
            }
            if (!sig.block() && c.block() != null) {
                throw error(c, c.name() + " does not take a block");
            }
            if (c.block() != null) {
                block(c.block(), true);
            }
            semantics(c.name(), args, c.line(), c.column());
            previous = c.name();
        }
    }

    private void test(Test t) throws SieveException {
        Signature sig = Signatures.TESTS.get(t.name());
        if (sig == null) {
            String what = Signatures.COMMANDS.containsKey(t.name()) ? "\"" + t.name() + "\" is a command, not a test"
                    : "unknown test \"" + t.name() + "\"";
            throw new SieveException(t.line(), t.column(), what);
        }
        needs(t.name(), sig.extension(), t.line(), t.column());
        Args args = check(t.name(), t.arguments(), sig, t.line(), t.column());
        testCount(t.name(), t.tests().size(), sig, t.line(), t.column());
        for (Test sub : t.tests()) {
            test(sub);
        }
        if (sig.requiredTags() != null && args.tags().keySet().stream()
                .noneMatch(k -> sig.tags().get(k).group().equals(sig.requiredTags()))) {
            throw new SieveException(t.line(), t.column(), t.name() + " needs :over or :under");
        }
        semantics(t.name(), args, t.line(), t.column());
    }

    private void needs(String name, String ext, int line, int column) throws SieveException {
        if (ext != null && !extensions.contains(ext)) {
            throw new SieveException(line, column, name + " requires \"" + ext + "\" in require");
        }
    }

    private Args check(String name, List<Argument> arguments, Signature sig, int line, int column) throws SieveException {
        Args args = Args.of(name, arguments, sig);
        for (var e : args.tags().entrySet()) {
            String ext = sig.tags().get(e.getKey()).extension();
            if (ext != null && !extensions.contains(ext)) {
                throw new SieveException(line, column, ":" + e.getKey() + " requires \"" + ext + "\" in require");
            }
        }
        for (List<ArgType> shape : sig.positional()) {
            if (fits(args.positional(), shape)) {
                return args;
            }
        }
        List<ArgType> expected = sig.positional().get(sig.positional().size() - 1);
        if (args.positional().size() != expected.size()) {
            throw new SieveException(line, column, name + " expects " + expected.size() + " positional argument"
                    + (expected.size() == 1 ? "" : "s") + " but got " + args.positional().size());
        }
        for (int i = 0; i < expected.size(); i++) {
            Argument a = args.positional().get(i);
            if (!Args.fits(a, expected.get(i))) {
                throw new SieveException(a.line(), a.column(), name + " argument " + (i + 1) + " must be a "
                        + Args.describe(expected.get(i)));
            }
        }
        throw new SieveException(line, column, "invalid arguments for " + name);
    }

    private static boolean fits(List<Argument> args, List<ArgType> shape) {
        if (args.size() != shape.size()) {
            return false;
        }
        for (int i = 0; i < shape.size(); i++) {
            if (!Args.fits(args.get(i), shape.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void testCount(String name, int n, Signature sig, int line, int column) throws SieveException {
        if (n < sig.minTests() || n > sig.maxTests()) {
            String want = sig.maxTests() == 0 ? "no test" : sig.maxTests() == 1 ? "exactly one test" : "at least one test";
            throw new SieveException(line, column, name + " takes " + want + " but got " + n);
        }
    }

    /** Literal values checkable before run time. */
    private void semantics(String name, Args args, int line, int column) throws SieveException {
        String comparator = args.string("comparator");
        if (comparator != null) {
            String c = comparator.toLowerCase(Locale.ROOT);
            if (!Signatures.COMPARATORS.contains(c)) {
                throw new SieveException(line, column, "unknown comparator \"" + comparator + "\"");
            }
            // RFC 5228 §2.7.3: comparators other than i;octet and i;ascii-casemap must be required
            if (c.equals("i;ascii-numeric") && !extensions.contains("comparator-i;ascii-numeric")) {
                throw new SieveException(line, column, "comparator \"i;ascii-numeric\" requires \"comparator-i;ascii-numeric\" in require");
            }
            // RFC 4790 §9.1: i;ascii-numeric offers equality and ordering, no substring match
            if (c.equals("i;ascii-numeric") && (args.has("contains") || args.has("matches"))) {
                throw new SieveException(line, column, "comparator \"i;ascii-numeric\" does not support "
                        + (args.has("contains") ? ":contains" : ":matches"));
            }
        }
        for (String rel : new String[] {"count", "value"}) {
            String op = args.string(rel);
            if (op != null && !RELATIONAL.contains(op.toLowerCase(Locale.ROOT))) {
                throw new SieveException(line, column, "invalid relational operator \"" + op + "\" for :" + rel
                        + " (expected gt, ge, lt, le, eq or ne)");
            }
        }
        if (name.equals("set") && !VARIABLE_NAME.matcher(args.string(0)).matches()) {
            throw new SieveException(line, column, "invalid variable name \"" + args.string(0) + "\"");
        }
        if (name.equals("envelope") && !args.list(0).isEmpty()) {
            for (String part : args.list(0)) {
                String p = part.toLowerCase(Locale.ROOT);
                if (!p.equals("from") && !p.equals("to") && !p.contains("${")) {
                    throw new SieveException(line, column, "unsupported envelope part \"" + part + "\"");
                }
            }
        }
        if (name.equals("vacation") && args.has("days") && args.number("days", 7) < 1) {
            throw new SieveException(line, column, "vacation :days must be at least 1");
        }
    }
}
