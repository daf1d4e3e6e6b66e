package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 5256 §2.1, step by step. */
class BaseSubjectTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "Hello|Hello",
        "Re: Hello|Hello",
        "RE: re: Re:Hello|Hello",                   // (3) repeated
        "Fw: Hello|Hello",
        "FWD: Hello|Hello",
        "Re[2]: Hello|Hello",                       // subj-refwd with a blob before ':'
        "Re [2] : Hello|Hello",
        "Hello (fwd)|Hello",                        // (2) subj-trailer
        "Hello (fwd) (FWD)  |Hello",
        "[list] Hello|Hello",                       // (4) leading blob removed
        "[list]|[list]",                            // (4) not when nothing would remain
        "[a] [b] Hello|Hello",
        "[list] Re: Hello|Hello",                   // (3) *subj-blob subj-refwd
        "Re: [PATCH] Fwd: subj (fwd)|subj",         // brief's example: the blob goes with the following Fwd:
        "Re: [PATCH] subj|subj",                    // (4) blob before the base
        "[Fwd: Re: Hello]|Hello",                   // (6) subj-fwd-hdr / subj-fwd-trl, then again
        "[fwd: [list] Hello (fwd)]|Hello",
        "Re: [fwd: Hello]|Hello",
        "Hello   there\tworld|Hello there world",   // (1) white space collapsed
        "=?UTF-8?Q?Re=3A_Gr=C3=BC=C3=9Fe?=|Grüße",  // (1) encoded words decoded first
        "Re:|''",
        "Reply: Hello|Reply: Hello",                // 're' must be followed by ':' (after WSP/blob)
        "Fwd:Fw:Re:|''",
        "Re: Re [x]|Re [x]",
    })
    void baseSubject(String subject, String expected) {
        assertEquals(expected, BaseSubject.of(subject));
    }
}
