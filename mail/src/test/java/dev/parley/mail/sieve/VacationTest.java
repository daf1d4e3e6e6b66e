package dev.parley.mail.sieve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5230 vacation: the examples, the §4.5 suppression rules, and the once-per-period rule. */
class VacationTest {

    private static final String AWAY = "require \"vacation\";\nvacation \"I'm away\";\n";

    /** An in-memory tracker as the store will keep it per user. */
    static final class MemoryTracker implements VacationTracker {
        final Map<String, Duration> sent = new HashMap<>();

        @Override
        public boolean respondedWithin(String sender, String handle, Duration period) {
            return sent.containsKey(sender.toLowerCase() + "/" + handle);
        }

        @Override
        public void record(String sender, String handle, Duration period) {
            sent.put(sender.toLowerCase() + "/" + handle, period);
        }
    }

    private static SieveResult run(String script, String headers, String envelopeFrom, VacationTracker tracker) {
        MessageContext m = SieveFixture.message(headers + "\n\nbody\n", envelopeFrom, "ken@example.org");
        return SieveFixture.SIEVE.run(SieveFixture.compile(script), m, tracker, List.of("kenneth@example.org"));
    }

    private static List<Action.Vacation> vacations(SieveResult r) {
        return r.actions().stream().filter(a -> a instanceof Action.Vacation).map(a -> (Action.Vacation) a).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `plain mail is answered`          | `From: a@example.net\\nTo: ken@example.org`                               | a@example.net                 | true
            `Cc counts as addressed`          | `From: a@example.net\\nTo: x@example.net\\nCc: Ken <ken@example.org>`     | a@example.net                 | true
            `configured address counts`       | `From: a@example.net\\nTo: kenneth@example.org`                           | a@example.net                 | true
            `subaddress counts`               | `From: a@example.net\\nTo: ken+work@example.org`                          | a@example.net                 | true
            `not addressed to the user`       | `From: a@example.net\\nTo: someone@example.net`                           | a@example.net                 | false
            `null envelope sender`            | `From: a@example.net\\nTo: ken@example.org`                               | ``                            | false
            `MAILER-DAEMON`                   | `From: a@example.net\\nTo: ken@example.org`                               | MAILER-DAEMON@example.net     | false
            `owner- sender`                   | `From: a@example.net\\nTo: ken@example.org`                               | owner-list@example.net        | false
            `-request sender`                 | `From: a@example.net\\nTo: ken@example.org`                               | list-request@example.net      | false
            `Auto-Submitted auto-replied`     | `From: a@example.net\\nTo: ken@example.org\\nAuto-Submitted: auto-replied` | a@example.net                | false
            `Auto-Submitted no`               | `From: a@example.net\\nTo: ken@example.org\\nAuto-Submitted: no`          | a@example.net                 | true
            `List-Id`                         | `From: a@example.net\\nTo: ken@example.org\\nList-Id: <l.example.net>`    | a@example.net                 | false
            `List-Unsubscribe`                | `From: a@example.net\\nTo: ken@example.org\\nList-Unsubscribe: <mailto:u@l>` | a@example.net              | false
            `Precedence bulk`                 | `From: a@example.net\\nTo: ken@example.org\\nPrecedence: bulk`            | a@example.net                 | false
            `Precedence junk`                 | `From: a@example.net\\nTo: ken@example.org\\nPrecedence: junk`            | a@example.net                 | false
            `Precedence list`                 | `From: a@example.net\\nTo: ken@example.org\\nPrecedence: list`            | a@example.net                 | false
            `mail from the user itself`       | `From: ken@example.org\\nTo: ken@example.org`                             | ken@example.org               | false
            """)
    void suppressionRulesOfSection4_5(String name, String headers, String envelopeFrom, boolean answered) {
        SieveResult r = run(AWAY, headers.replace("\\n", "\n"), envelopeFrom, VacationTracker.NONE);
        assertFalse(r.failed());
        assertEquals(answered, !vacations(r).isEmpty());
        assertTrue(r.actions().contains(new Action.Keep(List.of())), "vacation never cancels the implicit keep");
    }

    @Test
    void senderIsAnsweredOncePerPeriod() {
        MemoryTracker tracker = new MemoryTracker();
        String headers = "From: a@example.net\nTo: ken@example.org\nSubject: hello\nMessage-ID: <m1@example.net>";
        Action.Vacation first = vacations(run(AWAY, headers, "a@example.net", tracker)).get(0);
        assertEquals(Duration.ofDays(7), first.period());
        assertEquals("a@example.net", first.recipient());
        assertEquals("Auto: hello", first.subject());
        assertEquals("<m1@example.net>", first.inReplyTo());
        assertEquals("<m1@example.net>", first.references());
        assertEquals(Duration.ofDays(7), tracker.sent.values().iterator().next());
        assertTrue(vacations(run(AWAY, headers, "a@example.net", tracker)).isEmpty());
        // RFC 5230 §4.2: another reason is another handle, so it is sent again
        String other = "require \"vacation\";\nvacation \"Back on Monday\";\n";
        assertEquals(1, vacations(run(other, headers, "a@example.net", tracker)).size());
    }

    @Test
    void explicitHandleSurvivesAChangedReason() {
        MemoryTracker tracker = new MemoryTracker();
        String headers = "From: a@example.net\nTo: ken@example.org";
        run("require \"vacation\"; vacation :handle \"away\" \"one\";", headers, "a@example.net", tracker);
        assertTrue(vacations(run("require \"vacation\"; vacation :handle \"away\" \"two\";", headers,
                "a@example.net", tracker)).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `RFC 5230 §3 if/else`       | `require "vacation";\\nif header :contains "subject" "cyrus" {\\n vacation "I'm out -- send mail to cyrus-bugs";\\n} else {\\n vacation "I'm out -- call me at +1 304 555 0123";\\n}` | `vacation to a@example.net: Auto: cyrus bug / I'm out -- send mail to cyrus-bugs`
            `RFC 5230 §4.4 subject var` | `require ["vacation", "variables"];\\nif header :matches "subject" "*" {\\n vacation :subject "Automatic response to: ${1}"\\n  "I'm away -- send mail to foo in my absence";\\n}` | `vacation to a@example.net: Automatic response to: cyrus bug / I'm away -- send mail to foo in my absence`
            `RFC 5230 §4.1 :days 23`    | `require "vacation";\\nvacation :days 23 :addresses ["tjs@example.edu",\\n "ts4z@landru.example.edu"]\\n"I'm away until October 19.\\nIf it's an emergency, call 911, I guess." ;` | `vacation to a@example.net: Auto: cyrus bug / I'm away until October 19.\\nIf it's an emergency, call 911, I guess.`
            `RFC 5230 §4.3 :from`       | `require "vacation";\\nvacation :from "ken@example.org" :subject "Gone fishin'" :handle "fish" "Gone fishing";` | `vacation to a@example.net: Gone fishin' / Gone fishing`
            `RFC 6131 :seconds`         | `require ["vacation", "vacation-seconds"];\\nvacation :seconds 1800 "short break";` | `vacation to a@example.net: Auto: cyrus bug / short break`
            """)
    void rfcExamples(String name, String script, String expected) {
        SieveResult r = run(script.replace("\\n", "\n"), "From: a@example.net\nTo: ken@example.org\nSubject: cyrus bug",
                "a@example.net", VacationTracker.NONE);
        assertEquals(List.of("keep", expected.replace("\\n", "\n")), SieveFixture.describe(r.actions()));
    }

    @Test
    void mimeReasonAndSecondsAreCarried() {
        String script = "require [\"vacation\", \"vacation-seconds\"];\nvacation :mime :seconds 0 text:\n"
                + "Content-Type: text/plain; charset=utf-8\n\nAway.\n.\n;";
        Action.Vacation v = vacations(run(script, "From: a@example.net\nTo: ken@example.org", "a@example.net",
                VacationTracker.NONE)).get(0);
        assertTrue(v.mime());
        assertEquals(Duration.ZERO, v.period());
        assertTrue(v.reason().startsWith("Content-Type: text/plain"));
    }
}
