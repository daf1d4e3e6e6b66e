package dev.parley.mail.sieve;

import dev.parley.mail.mime.MessageParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: messages from {@code src/test/resources/sieve}, and actions as short strings. */
final class SieveFixture {

    static final Sieve SIEVE = new Sieve();

    private SieveFixture() {
    }

    static byte[] resource(String name) {
        try (InputStream in = SieveFixture.class.getResourceAsStream("/sieve/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageContext message(String resource, String envelopeFrom, String envelopeTo) {
        byte[] raw = resource.contains("\n") ? resource.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)
                : resource(resource);
        return new MimeMessageContext(raw, new MessageParser().parse(raw), envelopeFrom, envelopeTo);
    }

    static Script compile(String script) {
        try {
            return SIEVE.compile(script);
        } catch (SieveException e) {
            throw new AssertionError("script did not compile: " + e.getMessage(), e);
        }
    }

    static List<String> run(String script, MessageContext message) {
        SieveResult result = SIEVE.run(compile(script), message);
        if (result.failed()) {
            return List.of("error: " + String.join("; ", result.errors()));
        }
        return describe(result.actions());
    }

    static List<String> describe(List<Action> actions) {
        return actions.stream().map(SieveFixture::describe).toList();
    }

    static String describe(Action a) {
        if (a instanceof Action.Keep k) {
            return k.flags().isEmpty() ? "keep" : "keep " + k.flags();
        }
        if (a instanceof Action.FileInto f) {
            return "fileinto " + f.mailbox() + (f.copy() ? " :copy" : "") + (f.flags().isEmpty() ? "" : " " + f.flags());
        }
        if (a instanceof Action.Redirect r) {
            return "redirect " + r.address() + (r.copy() ? " :copy" : "");
        }
        if (a instanceof Action.Reject r) {
            return (r.ereject() ? "ereject " : "reject ") + r.reason().strip();
        }
        if (a instanceof Action.Vacation v) {
            return "vacation to " + v.recipient() + ": " + v.subject() + " / " + v.reason().strip();
        }
        return "discard";
    }
}
