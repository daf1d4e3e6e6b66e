package dev.parley.mail.sieve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Implicit keep, duplicates, conflicts and limits (RFC 5228 §2.10, RFC 5429 §2.2). */
class SieveRuntimeTest {

    private static MessageContext coyote() {
        return SieveFixture.message("coyote.eml", "coyote@desert.example.org", "roadrunner@acme.example.com");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `empty script keeps`                  | ``                                                              | keep
            `comment only keeps`                  | `# nothing\\n/* at all */`                                     | keep
            `discard cancels implicit keep`       | `discard;`                                                      | discard
            `discard then keep keeps`             | `discard; keep;`                                                | keep
            `duplicate keeps are one`             | `keep; keep;`                                                   | keep
            `duplicate fileinto is one`           | `require "fileinto"; fileinto "a"; fileinto "b"; fileinto "a";` | fileinto a,fileinto b
            `duplicate redirect is one`           | `redirect "x@example.com"; redirect "X@example.com";`           | redirect x@example.com
            `redirect takes the address`          | `redirect "Bart <bart@example.com>";`                           | redirect bart@example.com
            `stop inside a block`                 | `if true { stop; } discard;`                                    | keep
            `elsif chain takes one branch`        | `require "fileinto"; if false { fileinto "a"; } elsif true { fileinto "b"; } elsif true { fileinto "c"; } else { fileinto "d"; }` | fileinto b
            `encoded subject is decoded`          | `require "fileinto"; if header :is "subject" "Café plans" { fileinto "ok"; }` | fileinto ok
            """)
    void actionsFollowRfc5228(String name, String script, String expected) {
        MessageContext m = name.startsWith("encoded")
                ? SieveFixture.message("multipart.eml", "a@example.org", "ken@example.org") : coyote();
        assertEquals(List.of(expected.split(",")), SieveFixture.run(script.replace("\\n", "\n"), m));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `reject and keep conflict`            | `require "reject"; reject "no"; keep;`                          | reject cannot be combined with keep
            `reject and fileinto conflict`        | `require ["reject","fileinto"]; fileinto "x"; reject "no";`     | reject cannot be combined with fileinto
            `two rejects conflict`                | `require ["reject","ereject"]; reject "no"; ereject "no";`       | reject/ereject may be executed only once
            `reject and vacation conflict`        | `require ["reject","vacation"]; vacation "away"; reject "no";`   | reject cannot be combined with vacation
            `invalid redirect address`            | `redirect "not an address";`                                    | redirect: invalid address "not an address"
            `too many redirects`                  | `redirect "a@x.org"; redirect "b@x.org"; redirect "c@x.org"; redirect "d@x.org"; redirect "e@x.org";` | too many redirects (limit 4)
            """)
    void runtimeErrorFallsBackToKeep(String name, String script, String error) {
        Script compiled = SieveFixture.compile(script);
        SieveResult result = SieveFixture.SIEVE.run(compiled, coyote());
        assertTrue(result.failed());
        assertEquals(List.of(error), result.errors());
        assertEquals(List.of(new Action.Keep(List.of())), result.actions());
    }

    @Test
    void actionLimitIsEnforced() {
        Sieve small = new Sieve(new SieveLimits(10_000, 8, 1000, 4, 3, 4, 1000));
        StringBuilder script = new StringBuilder("require \"fileinto\";\n");
        for (int i = 0; i < 5; i++) {
            script.append("fileinto \"box").append(i).append("\";\n");
        }
        SieveResult result;
        try {
            result = small.run(small.compile(script.toString()), coyote());
        } catch (SieveException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of("too many actions (limit 3)"), result.errors());
        assertEquals(List.of(new Action.Keep(List.of())), result.actions());
    }

    @Test
    void variableLimitIsEnforced() {
        Sieve small = new Sieve(new SieveLimits(10_000, 8, 1000, 2, 30, 4, 1000));
        try {
            SieveResult result = small.run(small.compile(
                    "require \"variables\"; set \"a\" \"1\"; set \"b\" \"2\"; set \"a\" \"3\"; set \"c\" \"4\";"), coyote());
            assertEquals(List.of("too many variables (limit 2)"), result.errors());
        } catch (SieveException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void expansionBeyondStringLimitFails() {
        Sieve small = new Sieve(new SieveLimits(10_000, 8, 64, 8, 30, 4, 1000));
        String script = "require [\"variables\", \"fileinto\"]; set \"a\" \"0123456789012345678901234567890123456789\";"
                + " fileinto \"${a}${a}\";";
        try {
            SieveResult result = small.run(small.compile(script), coyote());
            assertEquals(List.of("expanded string too long (limit 64)"), result.errors());
        } catch (SieveException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pathologicalPatternIsARuntimeErrorNotAHang() {
        String script = "if header :matches \"subject\" \"" + "*a".repeat(30) + "b\" { discard; }";
        MessageContext m = SieveFixture.message("Subject: " + "a".repeat(200) + "\n\nx\n", "a@b.org", "c@d.org");
        SieveResult result = SieveFixture.SIEVE.run(SieveFixture.compile(script), m);
        assertEquals(List.of(":matches pattern too complex"), result.errors());
        assertEquals(List.of(new Action.Keep(List.of())), result.actions());
    }

    @Test
    void bodyIsTransferAndCharsetDecoded() {
        MessageContext m = SieveFixture.message("multipart.eml", "a@example.org", "ken@example.org");
        String script = "require [\"body\", \"fileinto\"];\n"
                + "if body :content \"text/plain\" :contains \"café at noon\" { fileinto \"qp\"; }\n"
                + "if body :content \"text/html\" :contains \"<b>The missile</b>\" { fileinto \"base64\"; }\n"
                + "if body :raw :contains \"caf=C3=A9\" { fileinto \"raw\"; }\n";
        assertEquals(List.of("fileinto qp", "fileinto base64", "fileinto raw"), SieveFixture.run(script, m));
    }

    @Test
    void extensionsAreAdvertisedSorted() {
        assertEquals("body", Sieve.extensions().iterator().next());
        assertTrue(Sieve.extensions().containsAll(List.of("fileinto", "vacation", "imap4flags", "variables")));
    }
}
