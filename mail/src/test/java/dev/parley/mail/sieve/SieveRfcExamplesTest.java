package dev.parley.mail.sieve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.parley.mail.sieve.SieveFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example scripts of RFC 5228 and its extensions, run against small messages. */
class SieveRfcExamplesTest {

    private static final String COYOTE = "coyote.eml";
    private static final String LIST = "list.eml";
    private static final String MULTIPART = "multipart.eml";

    static Stream<Arguments> examples() {
        return Stream.of(
                // RFC 5228 §3.1: if/elsif/else
                example("5228 §3.1 first branch", COYOTE, """
                        if header :contains ["From"] ["coyote"] {
                           redirect "acm@example.com";
                        } elsif header :contains "Subject" "$$$" {
                           redirect "postmaster@example.com";
                        } else {
                           redirect "field@example.com";
                        }
                        """, "redirect acm@example.com"),
                example("5228 §3.1 else branch", LIST, """
                        if header :contains ["From"] ["coyote"] {
                           redirect "acm@example.com";
                        } elsif header :contains "Subject" "$$$" {
                           redirect "postmaster@example.com";
                        } else {
                           redirect "field@example.com";
                        }
                        """, "redirect field@example.com"),
                // RFC 5228 §3.3 stop; §4.1 fileinto
                example("5228 §4.1 fileinto", COYOTE, """
                        require "fileinto";
                        if header :contains ["from"] "coyote" {
                           fileinto "INBOX.harassment";
                        }
                        """, "fileinto INBOX.harassment"),
                example("5228 §3.3 stop ends the script", COYOTE, "require \"fileinto\";\nstop;\nfileinto \"never\";\n", "keep"),
                example("5228 §4.2 redirect", COYOTE, "redirect \"bart@example.com\";", "redirect bart@example.com"),
                example("5228 §4.3 keep", COYOTE, "keep;", "keep"),
                example("5228 §4.4 discard", COYOTE, "if size :over 100 { discard; }", "discard"),
                // RFC 5228 §5.1 address
                example("5228 §5.1 address :all :is", COYOTE, """
                        if address :is :all "from" "coyote@desert.example.org" { discard; }
                        """, "discard"),
                example("5228 §5.1 address :domain", COYOTE, "if address :domain :is \"to\" \"ACME.example.com\" { discard; }", "discard"),
                example("5228 §5.1 address :localpart", COYOTE, "if address :localpart :is \"to\" \"roadrunner\" { discard; }", "discard"),
                // RFC 5228 §5.2/§5.3 allof/anyof, §5.8 not, §5.6 false
                example("5228 §5.2 allof false", COYOTE, "if allof (true, false) { discard; }", "keep"),
                example("5228 §5.3 anyof true", COYOTE, "if anyof (false, true) { discard; }", "discard"),
                example("5228 §5.8 not", COYOTE, "if not exists \"X-Nope\" { discard; }", "discard"),
                // RFC 5228 §5.4 envelope
                example("5228 §5.4 envelope", COYOTE, """
                        require "envelope";
                        if envelope :all :is "from" "tim@example.com" {
                           discard;
                        }
                        """, "discard"),
                // RFC 5228 §5.5 exists
                example("5228 §5.5 exists all", COYOTE, "if exists [\"From\",\"Date\"] { discard; }", "discard"),
                example("5228 §5.5 exists one missing", LIST, "if exists [\"From\",\"Date\"] { discard; }", "keep"),
                // RFC 5228 §5.7 header, including the X-Caffeine examples
                example("5228 §5.7 header :is empty key", COYOTE, "if header :is [\"X-Caffeine\"] [\"\"] { discard; }", "keep"),
                example("5228 §5.7 header :contains empty key", COYOTE, "if header :contains [\"X-Caffeine\"] [\"\"] { discard; }", "discard"),
                example("5228 §2.7.1 :matches with ? and *", COYOTE, "if header :matches \"Subject\" \"I ?ave*you\" { discard; }", "discard"),
                example("5228 §2.7.3 i;octet is case-sensitive", COYOTE, "if header :comparator \"i;octet\" :contains \"Subject\" \"PRESENT\" { discard; }", "keep"),
                // RFC 5228 §5.9 size
                example("5228 §5.9 size :over 500K", COYOTE, "if size :over 500K { discard; }", "keep"),
                example("5228 §5.9 size :under 1M", COYOTE, "if size :under 1M { discard; }", "discard"),
                // RFC 5228 §9 extended example, one message per branch
                example("5228 §9 list branch", LIST, RFC5228_9, "fileinto filter"),
                example("5228 §9 spam branch", COYOTE, RFC5228_9, "fileinto spam"),
                example("5228 §9 company branch", message("From: a@example.com\nTo: me@example.com\n\nhi\n"), RFC5228_9, "keep"),
                example("5228 §9 personal branch", message("From: a@example.net\nTo: friend@example.net\nCc: me@example.com\nSubject: hi\n\nhi\n"), RFC5228_9, "fileinto personal"),
                // RFC 5229 §3.2 match variables
                example("5229 §3.2 List-ID", LIST, RFC5229_3_2, "fileinto INBOX.lists.acme-users"),
                example("5229 §3.2 subject", message("Subject: [acme-users] [fwd] version 1.0 is out\n\nx\n"), RFC5229_3_2,
                        "fileinto INBOX.lists.acme-users"),
                example("5229 §3.2 address **", message("To: coyote@ACME.Example.COM\n\nx\n"), RFC5229_3_2,
                        "fileinto INBOX.business.ACME.Example"),
                example("5229 §3.2 nothing matches", COYOTE, RFC5229_3_2, "keep"),
                // RFC 5229 §4 set with modifiers and a multi-line string
                example("5229 §4 multi-line set", COYOTE, """
                        require ["variables", "fileinto"];
                        set "honorific"  "Mr";
                        set "first_name" "Wile";
                        set "last_name"  "Coyote";
                        set "vacation" text:
                        Dear ${HONORIFIC} ${last_name},
                        I'm out, please leave a message after the meep.
                        .
                        ;
                        if string :matches "${vacation}" "Dear Mr Coyote,?*I'm out, please leave a message after the meep.*" {
                            fileinto "ok";
                        }
                        """, "fileinto ok"),
                example("5229 §4.1 modifiers", COYOTE, """
                        require ["variables", "fileinto"];
                        set "a" "juMBlEd lETteRS";
                        set :length "b" "${a}";
                        if string "${b}" "15" { fileinto "length"; }
                        set :lower "b" "${a}";
                        if string :comparator "i;octet" "${b}" "jumbled letters" { fileinto "lower"; }
                        set :upperfirst "b" "${a}";
                        if string :comparator "i;octet" "${b}" "JuMBlEd lETteRS" { fileinto "upperfirst"; }
                        set :upperfirst :lower "b" "${a}";
                        if string :comparator "i;octet" "${b}" "Jumbled letters" { fileinto "both"; }
                        set :quotewildcard "b" "Rock*";
                        if string :comparator "i;octet" "${b}" "Rock\\\\*" { fileinto "quoted"; }
                        """, "fileinto length", "fileinto lower", "fileinto upperfirst", "fileinto both", "fileinto quoted"),
                example("5229 §5 string test", COYOTE, """
                        require ["variables", "fileinto"];
                        set "state" "${state} pending";
                        if string :matches " ${state} " "* pending *" { fileinto "always"; }
                        """, "fileinto always"),
                example("5229 without require variables strings are literal", COYOTE, """
                        require "fileinto";
                        fileinto "INBOX.${1}";
                        """, "fileinto INBOX.${1}"),
                // RFC 5231 §6 relational examples (message: 2 To, 1 Cc, 2 Received, X-Priority 1)
                example("5231 address :count ge 3 over to+cc", "relational.eml", rel("address :count \"ge\" :comparator \"i;ascii-numeric\" [\"to\", \"cc\"] [\"3\"]"), "fileinto yes"),
                example("5231 anyof counts per header", "relational.eml", rel("anyof (address :count \"ge\" :comparator \"i;ascii-numeric\" [\"to\"] [\"3\"], address :count \"ge\" :comparator \"i;ascii-numeric\" [\"cc\"] [\"3\"])"), "keep"),
                example("5231 header :count received", "relational.eml", rel("header :count \"ge\" :comparator \"i;ascii-numeric\" [\"received\"] [\"3\"]"), "keep"),
                example("5231 header :count received+subject", "relational.eml", rel("header :count \"ge\" :comparator \"i;ascii-numeric\" [\"received\", \"subject\"] [\"3\"]"), "fileinto yes"),
                example("5231 header :count ne to+cc", "relational.eml", rel("header :count \"ge\" :comparator \"i;ascii-numeric\" [\"to\", \"cc\"] [\"3\"]"), "keep"),
                example("5231 :value lt numeric", "relational.eml", rel("header :value \"lt\" :comparator \"i;ascii-numeric\" [\"x-priority\"] [\"3\"]"), "fileinto yes"),
                example("5231 :value gt casemap", "relational.eml", rel("header :value \"gt\" \"subject\" \"Q\""), "fileinto yes"),
                // RFC 5232 imap4flags
                example("5232 setflag then fileinto", "relational.eml", """
                        require ["imap4flags", "fileinto"];
                        if header :contains "from" "boss@frobnitzm.example.edu" {
                          setflag "\\\\Flagged";
                          fileinto "INBOX.From Boss";
                        }
                        """, "fileinto INBOX.From Boss [\\Flagged]"),
                example("5232 addflag/removeflag and implicit keep", COYOTE, """
                        require "imap4flags";
                        addflag ["\\\\Seen", "$Work"];
                        addflag "\\\\Answered \\\\Seen";
                        removeflag "$work";
                        """, "keep [\\Seen, \\Answered]"),
                example("5232 keep :flags and hasflag", COYOTE, """
                        require ["imap4flags", "variables", "fileinto"];
                        setflag "flagvar" "\\\\Deleted";
                        addflag "flagvar" "\\\\Draft";
                        if hasflag :contains "flagvar" "Draft" { keep :flags "${flagvar}"; }
                        """, "keep [\\Deleted, \\Draft]"),
                // RFC 5233 subaddress
                example("5233 envelope :detail", COYOTE, RFC5233, "fileinto inbox.sieve"),
                example("5233 envelope :user", SieveFixture.message("To: x@example.org\n\nx\n", "a@example.net", "ken@example.org"), RFC5233, "fileinto inbox.ken"),
                example("5233 address :detail", MULTIPART, """
                        require ["subaddress", "fileinto"];
                        if address :detail :is "to" "sieve" { fileinto "sieve-list"; }
                        """, "fileinto sieve-list"),
                // RFC 5173 body
                example("5173 :raw", MULTIPART, RFC5173, "fileinto secrets", "fileinto jukebox", "fileinto project/schedule"),
                example("5173 :raw MAKE MONEY FAST", message("Subject: x\n\nMAKE MONEY FAST\n"), RFC5173, "discard"),
                example("5173 :text strips html", MULTIPART, """
                        require ["body", "fileinto"];
                        if body :text :contains "<b>" { fileinto "html"; }
                        if body :content "text/html" :contains "<b>" { fileinto "markup"; }
                        """, "fileinto markup"),
                // RFC 5429 reject/ereject
                example("5429 §2.1 reject", COYOTE, """
                        require ["reject"];
                        if header :contains "from" "coyote@desert.example.org" {
                           reject text:
                        I am not taking mail from you, and I don't
                        want your birdseed, either!
                        .
                           ;
                        }
                        """, "reject I am not taking mail from you, and I don't\r\nwant your birdseed, either!"),
                example("5429 §2.1 ereject", COYOTE, """
                        require ["ereject"];
                        if address :domain :is "from" "desert.example.org" {
                           ereject "I no longer accept mail from this domain.";
                        }
                        """, "ereject I no longer accept mail from this domain."),
                // RFC 3894 copy
                example("3894 fileinto :copy keeps", COYOTE, """
                        require ["copy", "fileinto"];
                        fileinto :copy "incoming";
                        """, "keep", "fileinto incoming :copy"),
                example("3894 redirect :copy keeps", COYOTE, """
                        require ["copy"];
                        if header :contains "subject" "present" { redirect :copy "bart@example.com"; }
                        """, "keep", "redirect bart@example.com :copy"));
    }

    static final String RFC5228_9 = """
            #
            # Example Sieve Filter
            # Declare any optional features or extension used by the script
            #
            require ["fileinto"];

            #
            # Handle messages from known mailing lists
            # Move messages from IETF filter discussion list to filter mailbox
            #
            if header :is "Sender" "owner-ietf-mta-filters@imc.org"
                    {
                    fileinto "filter";  # move to "filter" mailbox
                    }
            #
            # Keep all messages to or from people in my company
            #
            elsif address :DOMAIN :is ["From", "To"] "example.com"
                    {
                    keep;               # keep in "In" mailbox
                    }

            #
            # Try and catch unsolicited email.  If a message is not to me,
            # or it contains a subject known to be spam, file it away.
            #
            elsif anyof (NOT address :all :contains
                           ["To", "Cc", "Bcc"] "me@example.com",
                         header :matches "subject"
                           ["*make*money*fast*", "*university*dipl*mas*"])
                    {
                    fileinto "spam";   # move to "spam" mailbox
                    }
            else
                    {
                    # Move all other (non-company) mail to "personal"
                    # mailbox.
                    fileinto "personal";
                    }
            """;

    static final String RFC5229_3_2 = """
            require ["fileinto", "variables"];

            if header :matches "List-ID" "*<*@*" {
                fileinto "INBOX.lists.${2}"; stop;
            }

            # Imagine the header
            # Subject: [acme-users] [fwd] version 1.0 is out
            if header :matches "Subject" "[*] *" {
                # ${1} will hold "acme-users",
                # ${2} will hold "[fwd] version 1.0 is out"
                fileinto "INBOX.lists.${1}"; stop;
            }

            # Imagine the header
            # To: coyote@ACME.Example.COM
            if address :matches ["To", "Cc"] ["coyote@**.com",
                    "wile@**.com"] {
                # ${0} is the matching address
                # ${1} is always the empty string
                # ${2} is part of the domain name ("ACME.Example")
                fileinto "INBOX.business.${2}"; stop;
            } else {
                # Control wouldn't reach this block if any match was
                # successful, so no match variables are set at this
                # point.
            }

            if anyof (true, address :domain :matches "To" "*.com") {
                # The second test is never evaluated, so there are
                # still no match variables set.
                stop;
            }
            """;

    static final String RFC5233 = """
            require ["envelope", "subaddress", "fileinto"];
            if envelope :user "to" "postmaster" { fileinto "inbox.postmaster"; stop; }
            if envelope :detail "to" "sieve" { fileinto "inbox.sieve"; stop; }
            if envelope :user "to" "ken" { fileinto "inbox.ken"; stop; }
            """;

    static final String RFC5173 = """
            require ["body", "fileinto"];
            if body :raw :contains "MAKE MONEY FAST" {
                discard;
            }
            if body :content "text" :contains ["missile", "coordinates"] {
                fileinto "secrets";
            }
            if body :content "audio/mp3" :contains "" {
                fileinto "jukebox";
            }
            if body :text :contains "project schedule" {
                fileinto "project/schedule";
            }
            """;

    private static String rel(String test) {
        return "require [\"relational\", \"comparator-i;ascii-numeric\", \"fileinto\"];\nif " + test
                + " { fileinto \"yes\"; }\n";
    }

    private static Arguments example(String name, Object message, String script, String... actions) {
        return Arguments.of(name, message, script, List.of(actions));
    }

    private static MessageContext message(String raw) {
        return SieveFixture.message(raw, "sender@example.net", "me@example.com");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rfcExampleGivesExpectedActions(String name, Object msg, String script, List<String> expected) {
        MessageContext m = msg instanceof MessageContext c ? c
                : SieveFixture.message((String) msg, "tim@example.com", "ken+sieve@example.org");
        assertEquals(expected, run(script, m));
    }
}
