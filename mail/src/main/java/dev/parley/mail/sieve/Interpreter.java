package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link Script} against one message (RFC 5228 §2.10): commands in order, actions
 * collected, implicit keep (§2.10.2) added at the end unless cancelled. Not thread-safe: one
 * instance per run.
 */
final class Interpreter {

    private final Script script;
    private final MessageContext message;
    private final SieveLimits limits;
    private final VacationRule vacation;
    private final Variables variables;
    private final Flags flags = new Flags();
    private final TestEvaluator tests;
    private final List<Action> actions = new ArrayList<>();
    private boolean implicitKeep = true;
    private boolean explicitKeep;
    private boolean stopped;

    Interpreter(Script script, MessageContext message, SieveLimits limits, VacationRule vacation) {
        this.script = script;
        this.message = message;
        this.limits = limits;
        this.vacation = vacation;
        this.variables = new Variables(script.requires("variables"), limits);
        this.tests = new TestEvaluator(message, variables, flags, limits);
    }

    /** Arguments of a validated command or test; a failure here is a bug, not a script error. */
    static Args args(String name, List<Argument> arguments, Signatures.Signature sig) {
        try {
            return Args.of(name, arguments, sig);
        } catch (SieveException e) {
            throw new IllegalStateException("unvalidated script: " + e.getMessage(), e);
        }
    }

    List<Action> run() {
        block(script.commands());
        Actions.checkConflicts(actions);
        List<Action> out = new ArrayList<>(actions);
        if (implicitKeep && !explicitKeep) {
            out.add(0, new Action.Keep(flags.internal()));
        }
        boolean delivered = out.stream().anyMatch(a -> !(a instanceof Action.Vacation));
        if (!delivered) {
            out.add(new Action.Discard()); // RFC 5228 §4.4: nothing else keeps the message
        }
        return out;
    }

    private void block(List<Command> commands) {
        boolean chainTaken = false;
        for (Command c : commands) {
            if (stopped) {
                return;
            }
            switch (c.name()) {
                case "if" -> {
                    chainTaken = tests.evaluate(c.tests().get(0));
                    if (chainTaken) {
                        block(c.block());
                    }
                }
                case "elsif" -> {
                    if (!chainTaken && tests.evaluate(c.tests().get(0))) {
                        chainTaken = true;
                        block(c.block());
                    }
                }
                case "else" -> {
                    if (!chainTaken) {
                        block(c.block());
                    }
                }
                default -> command(c);
            }
        }
    }

    private void command(Command c) {
        Args args = args(c.name(), c.arguments(), Signatures.COMMANDS.get(c.name()));
        switch (c.name()) {
            case "require" -> { }
            case "stop" -> stopped = true; // RFC 5228 §3.3
            case "keep" -> {
                explicitKeep = true;
                add(new Action.Keep(flagsFor(args)));
            }
            case "discard" -> implicitKeep = false;
            case "fileinto" -> {
                implicitKeep &= args.has("copy");
                add(new Action.FileInto(variables.expand(args.string(0)), flagsFor(args), args.has("copy"),
                        args.has("create")));
            }
            case "redirect" -> redirect(args);
            case "reject", "ereject" -> {
                implicitKeep = false;
                add(new Action.Reject(variables.expand(args.string(0)), c.name().equals("ereject")));
            }
            case "vacation" -> vacation.decide(args, variables, message).ifPresent(this::add);
            case "set" -> variables.put(args.string(0), Variables.modify(variables.expand(args.string(1)), args));
            case "setflag", "addflag", "removeflag" -> flag(c.name(), args);
            default -> throw new SieveRuntimeException("unknown command " + c.name());
        }
    }

    private void redirect(Args args) {
        String address = variables.expand(args.string(0)).trim();
        List<String> parsed = Addresses.parse(address);
        // RFC 5228 §4.2: an invalid address is a runtime error
        if (parsed.size() != 1 || !parsed.get(0).contains("@")) {
            throw new SieveRuntimeException("redirect: invalid address \"" + address + "\"");
        }
        long redirects = actions.stream().filter(a -> a instanceof Action.Redirect).count();
        if (redirects >= limits.maxRedirects()) {
            throw new SieveRuntimeException("too many redirects (limit " + limits.maxRedirects() + ")");
        }
        implicitKeep &= args.has("copy");
        add(new Action.Redirect(parsed.get(0), args.has("copy")));
    }

    /** RFC 5232 §5: :flags replaces the internal variable for this action only. */
    private List<String> flagsFor(Args args) {
        return args.has("flags") ? Flags.split(variables.expand(args.list("flags"))) : flags.internal();
    }

    /** RFC 5232 §3: with a variable name the flags of that variable change, else the internal one. */
    private void flag(String name, Args args) {
        boolean named = args.positional().size() == 2;
        List<String> given = variables.expand(args.list(named ? 1 : 0));
        List<String> current = named ? Flags.split(variables.get(args.string(0))) : flags.internal();
        List<String> next = switch (name) {
            case "setflag" -> Flags.split(given);
            case "addflag" -> Flags.add(current, given);
            default -> Flags.remove(current, given);
        };
        if (named) {
            variables.put(variables.expand(args.string(0)), String.join(" ", next));
        } else {
            flags.setInternal(next);
        }
    }

    private void add(Action action) {
        if (Actions.isDuplicate(actions, action)) {
            return; // RFC 5228 §2.10.3: repeated keep/fileinto/redirect are one action
        }
        if (actions.size() >= limits.maxActions()) {
            throw new SieveRuntimeException("too many actions (limit " + limits.maxActions() + ")");
        }
        actions.add(action);
    }
}
