package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5228 §8.2 grammar into {@link Command}/{@link Test}/{@link Argument} records. Only syntax is
 * checked here; what commands exist and what arguments they take is {@link Validator}'s job.
 * Nesting is bounded so that a hostile script cannot exhaust the stack.
 */
final class Parser {

    private final List<Token> tokens;
    private final int maxNesting;
    private int pos;

    Parser(List<Token> tokens, int maxNesting) {
        this.tokens = tokens;
        this.maxNesting = maxNesting;
    }

    List<Command> script() throws SieveException {
        List<Command> commands = commands(0);
        Token t = peek();
        if (!t.is(Token.Kind.EOF)) {
            throw error(t, "unexpected " + t.describe());
        }
        return commands;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token take() {
        return tokens.get(pos++);
    }

    private static SieveException error(Token t, String message) {
        return new SieveException(t.line(), t.column(), message);
    }

    private void checkDepth(int depth, Token at) throws SieveException {
        if (depth > maxNesting) {
            throw error(at, "nesting too deep (limit " + maxNesting + ")");
        }
    }

    private List<Command> commands(int depth) throws SieveException {
        List<Command> out = new ArrayList<>();
        while (peek().is(Token.Kind.IDENTIFIER)) {
            out.add(command(depth));
        }
        return out;
    }

    private Command command(int depth) throws SieveException {
        Token name = take();
        List<Argument> args = arguments();
        List<Test> tests = testsAfterArguments(depth + 1);
        Token t = take();
        if (t.is(Token.Kind.SEMICOLON)) {
            return new Command(name.text(), args, tests, null, name.line(), name.column());
        }
        if (t.is(Token.Kind.LBRACE)) {
            checkDepth(depth + 1, t);
            List<Command> block = commands(depth + 1);
            Token close = take();
            if (!close.is(Token.Kind.RBRACE)) {
                throw error(close, "expected \"}\" to close the block of " + name.text() + " but found " + close.describe());
            }
            return new Command(name.text(), args, tests, block, name.line(), name.column());
        }
        throw error(t, "expected \";\" or \"{\" after " + name.text() + " but found " + t.describe());
    }

    private List<Argument> arguments() throws SieveException {
        List<Argument> args = new ArrayList<>();
        while (true) {
            Token t = peek();
            switch (t.kind()) {
                case TAG -> args.add(new Argument.Tag(take().text(), t.line(), t.column()));
                case NUMBER -> args.add(new Argument.Number(take().number(), t.line(), t.column()));
                case STRING -> args.add(new Argument.StringList(List.of(take().text()), false, t.line(), t.column()));
                case LBRACKET -> args.add(stringList());
                default -> {
                    return args;
                }
            }
        }
    }

    private Argument.StringList stringList() throws SieveException {
        Token open = take();
        List<String> values = new ArrayList<>();
        while (true) {
            Token s = take();
            if (!s.is(Token.Kind.STRING)) {
                throw error(s, "expected a string in the string list but found " + s.describe());
            }
            values.add(s.text());
            Token sep = take();
            if (sep.is(Token.Kind.RBRACKET)) {
                return new Argument.StringList(values, true, open.line(), open.column());
            }
            if (!sep.is(Token.Kind.COMMA)) {
                throw error(sep, "expected \",\" or \"]\" in the string list but found " + sep.describe());
            }
        }
    }

    private List<Test> testsAfterArguments(int depth) throws SieveException {
        Token t = peek();
        if (t.is(Token.Kind.IDENTIFIER)) {
            return List.of(test(depth));
        }
        if (t.is(Token.Kind.LPAREN)) {
            take();
            List<Test> tests = new ArrayList<>();
            while (true) {
                Token n = peek();
                if (!n.is(Token.Kind.IDENTIFIER)) {
                    throw error(n, "expected a test but found " + n.describe());
                }
                tests.add(test(depth));
                Token sep = take();
                if (sep.is(Token.Kind.RPAREN)) {
                    return tests;
                }
                if (!sep.is(Token.Kind.COMMA)) {
                    throw error(sep, "expected \",\" or \")\" in the test list but found " + sep.describe());
                }
            }
        }
        return List.of();
    }

    private Test test(int depth) throws SieveException {
        Token name = take();
        checkDepth(depth, name);
        List<Argument> args = arguments();
        List<Test> tests = testsAfterArguments(depth + 1);
        return new Test(name.text(), args, tests, name.line(), name.column());
    }
}
