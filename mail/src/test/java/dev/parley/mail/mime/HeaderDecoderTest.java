package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderDecoderTest {

    /** RFC 2047 §8 examples, then real-world cases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(=?ISO-8859-1?Q?a?=)|(a)",
        "(=?ISO-8859-1?Q?a?= b)|(a b)",
        "(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)|(ab)",
        "(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)|(ab)",
        "(=?ISO-8859-1?Q?a_b?=)|(a b)",
        "(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)|(a b)",
        "=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>|Keith Moore <moore@cs.utk.edu>",
        "=?ISO-8859-1?Q?Olle_J=E4rnefors?=|Olle Järnefors",
        "=?iso-8859-1?q?this=20is=20some=20text?=|this is some text",
        "=?utf-8?B?w6l0w6k=?=|été",
        "=?UTF-8*fr?Q?=C3=A9t=C3=A9?=|été",
        "a =?x-unknown?Q?b?= c|a =?x-unknown?Q?b?= c",
        "=?utf-8?Q?broken|=?utf-8?Q?broken",
        "plain text|plain text",
    })
    void decodesEncodedWords(String raw, String decoded) {
        assertEquals(decoded, HeaderDecoder.decodeEncodedWords(raw));
    }

    @Test
    void foldedAdjacentWordsJoin() {
        assertEquals("(ab)", HeaderDecoder.display("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)"));
    }

    @Test
    void multiOctetCharacterSplitAcrossWordsSurvives() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        String w1 = Base64.getEncoder().encodeToString(new byte[] {euro[0], euro[1]});
        String w2 = Base64.getEncoder().encodeToString(new byte[] {euro[2]});
        assertEquals("€", HeaderDecoder.decodeEncodedWords("=?UTF-8?B?" + w1 + "?= =?UTF-8?B?" + w2 + "?="));
    }

    @Test
    void gb2312Subject() {
        assumeTrue(Charset.isSupported("GB2312"), "JVM without GB2312");
        String word = Base64.getEncoder().encodeToString("中文邮件".getBytes(Charset.forName("GB2312")));
        assertEquals("Re: 中文邮件", HeaderDecoder.decodeEncodedWords("Re: =?GB2312?B?" + word + "?="));
    }

    @Test
    void rawOctetsAreUtf8WhenValidElseLatin1() {
        byte[] utf8 = "Grüße".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Grüße", HeaderDecoder.text(utf8, 0, utf8.length));
        assertEquals("Grüße", HeaderDecoder.text(latin1, 0, latin1.length));
    }

    @Test
    void rfc2231ParametersAreJoinedAndDecoded() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("title*", "us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A"); // RFC 2231 §4
        raw.put("url*0", "ftp://");                                             // RFC 2231 §3
        raw.put("url*1", "cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar");
        raw.put("name*0*", "iso-8859-1'fr'Fran%E7ais");
        raw.put("name*1", " ok");
        raw.put("filename", "=?UTF-8?B?w6l0w6kucGRm?=");
        raw.put("charset", "utf-8");
        assertEquals(Map.of(
                "title", "This is ***fun***",
                "url", "ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar",
                "name", "Français ok",
                "filename", "été.pdf",
                "charset", "utf-8"), HeaderDecoder.decodeParameters(raw));
    }

    @Test
    void extendedValueWinsOverPlainOne() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("filename", "fallback.txt");
        raw.put("filename*", "UTF-8''%E2%82%AC.txt");
        assertEquals(Map.of("filename", "€.txt"), HeaderDecoder.decodeParameters(raw));
    }
}
