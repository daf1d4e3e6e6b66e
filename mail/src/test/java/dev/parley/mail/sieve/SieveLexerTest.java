package dev.parley.mail.sieve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** RFC 5228 §2 lexical forms, seen through the string test of RFC 5229. */
class SieveLexerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `escaped quote and backslash`   | `"a\\\\"b\\\\\\\\c"`       | `a"b\\c`
            `undefined escape drops slash`  | `"\\\\a\\\\q"`             | `aq`
            `multi-line dot-stuffed`        | `text:  # comment\\n..leading dot\\nsecond\\n.\\n` | `.leading dot\\r\\nsecond\\r\\n`
            `multi-line CRLF source`        | `text:\\r\\nline\\r\\n.\\r\\n` | `line\\r\\n`
            `string with newline`           | `"two\\nlines"`            | `two\\nlines`
            """)
    void stringsDecodeAsRfc5228Says(String name, String literal, String expected) throws SieveException {
        String src = "require \"variables\";\nset \"v\" " + unescape(literal) + ";\n";
        Script script = SieveFixture.SIEVE.compile(src);
        Command set = script.commands().get(1);
        Argument.StringList value = (Argument.StringList) set.arguments().get(1);
        assertEquals(unescape(expected), value.values().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1       | 1
            10K     | 10240
            2m      | 2097152
            1G      | 1073741824
            """)
    void numbersCarryQuantifiers(String literal, long value) throws SieveException {
        Script script = SieveFixture.SIEVE.compile("if size :over " + literal + " { keep; }");
        Argument.Number n = (Argument.Number) script.commands().get(0).tests().get(0).arguments().get(1);
        assertEquals(value, n.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `/* bracket */ keep; # hash`                 | 1
            `KEEP ;IF TRUE{DISCARD;}`                    | 2
            `if anyof(true,false){keep;}else{discard;}`  | 2
            """)
    void commentsCaseAndSpacing(String script, int commands) throws SieveException {
        assertEquals(commands, SieveFixture.SIEVE.compile(script).commands().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `["a", "b"]` | `a,b`
            `"a"`        | `a`
            """)
    void stringLists(String literal, String expected) throws SieveException {
        Script s = SieveFixture.SIEVE.compile("if exists " + literal + " { keep; }");
        Argument.StringList list = (Argument.StringList) s.commands().get(0).tests().get(0).arguments().get(0);
        assertEquals(List.of(expected.split(",")), list.values());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `RFC 5228 §2.4.2.4 hex`          | `"${hex:40}"`                        | `@`
            `hex UTF-8 octets`               | `"caf${hex: c3 a9 }!"`               | `café!`
            `unicode`                        | `"${UNICODE:263a} ${unicode:1F600}"` | `\u263a \uD83D\uDE00`
            `malformed stays literal`        | `"${hex:zz} ${unicode:}"`            | `${hex:zz} `
            """)
    void encodedCharactersDecode(String name, String literal, String expected) throws SieveException {
        Script script = SieveFixture.SIEVE.compile("require [\"encoded-character\", \"variables\"];\nset \"v\" " + literal + ";");
        Argument.StringList value = (Argument.StringList) script.commands().get(1).arguments().get(1);
        assertEquals(expected, value.values().get(0));
    }

    @Test
    void encodedSurrogateIsAnError() {
        SieveException e = assertThrows(SieveException.class, () -> SieveFixture.SIEVE
                .compile("require \"encoded-character\";\nredirect \"${unicode:D800}@x.org\";"));
        assertEquals("line 2: invalid unicode character U+D800", e.getMessage());
    }

    @Test
    void withoutRequireEncodedCharactersStayLiteral() throws SieveException {
        Script script = SieveFixture.SIEVE.compile("redirect \"${hex:40}\";");
        assertEquals(List.of("${hex:40}"), ((Argument.StringList) script.commands().get(0).arguments().get(0)).values());
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\\\", "\\");
    }
}
