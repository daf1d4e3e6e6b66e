package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionsTest {

    private static final byte[] NESTED = Corpus.crlf("nested-rfc822.eml");
    private static final BodyPart NESTED_ROOT = new MessageParser().parse(NESTED).body();
    private static final byte[] SIMPLE = Corpus.crlf("simple.eml");
    private static final BodyPart SIMPLE_ROOT = new MessageParser().parse(SIMPLE).body();

    private static String fetch(byte[] raw, BodyPart root, String spec) {
        return Sections.fetch(raw, root, Section.parse(spec))
                .map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    @ParameterizedTest(name = "BODY[{0}]")
    @CsvSource(delimiter = '|', value = {
        "1|Forwarding this.",
        "1.MIME|Content-Type: text/plain\\r\\n\\r\\n",
        "2.MIME|Content-Type: message/rfc822\\r\\nContent-Description: forwarded\\r\\n\\r\\n",
        "2.1|inner text\\r\\nsecond line",
        "2.1.MIME|Content-Type: text/plain\\r\\n\\r\\n",
        "2.2|<p>inner text</p>",
        "2.HEADER.FIELDS (subject FROM)|From: Heidi <heidi@example.net>\\r\\nSubject: the original\\r\\n\\r\\n",
        "HEADER.FIELDS (To)|To: grace@example.com\\r\\n\\r\\n",
        "HEADER.FIELDS (X-Absent)|\\r\\n",
        "HEADER.FIELDS.NOT (From To Subject MIME-Version)|Content-Type: multipart/mixed; boundary=\"outer\"\\r\\n\\r\\n",
    })
    void nestedMessageSections(String spec, String expected) {
        assertEquals(expected.replace("\\r\\n", "\r\n"), fetch(NESTED, NESTED_ROOT, spec));
    }

    @Test
    void wholeHeaderAndTextOfMessageAndEncapsulatedMessage() {
        String all = new String(NESTED, StandardCharsets.UTF_8);
        int split = all.indexOf("\r\n\r\n") + 4;
        assertEquals(all, fetch(NESTED, NESTED_ROOT, ""));
        assertEquals(all.substring(0, split), fetch(NESTED, NESTED_ROOT, "HEADER"));
        assertEquals(all.substring(split), fetch(NESTED, NESTED_ROOT, "TEXT"));
        String inner = fetch(NESTED, NESTED_ROOT, "2");
        assertTrue(inner.startsWith("From: Heidi") && inner.endsWith("--inner--\r\n"));
        String innerHeader = fetch(NESTED, NESTED_ROOT, "2.HEADER");
        assertTrue(innerHeader.startsWith("From: Heidi") && innerHeader.endsWith("boundary=\"inner\"\r\n\r\n"));
        assertEquals(inner, innerHeader + fetch(NESTED, NESTED_ROOT, "2.TEXT"));
    }

    @Test
    void singlePartMessageHasOnlyPartOne() {
        assertEquals("Hello Bob,\r\n\r\nlunch at noon?\r\n", fetch(SIMPLE, SIMPLE_ROOT, "1"));
        assertEquals(null, fetch(SIMPLE, SIMPLE_ROOT, "2"));
        assertEquals(null, fetch(SIMPLE, SIMPLE_ROOT, "1.1"));
        assertEquals(null, fetch(SIMPLE, SIMPLE_ROOT, "1.HEADER"), "HEADER needs a message/rfc822 part");
        assertEquals("Subject: Re: [parley-dev] Fwd: lunch (fwd)\r\nTo: bob@example.com,\r\n \"Carol Q. Public\" <carol@example.net>\r\n\r\n",
                fetch(SIMPLE, SIMPLE_ROOT, "HEADER.FIELDS (To Subject)"), "continuation lines are kept");
    }

    @Test
    void nonexistentPartsAreEmpty() {
        assertEquals(Optional.empty(), Sections.range(NESTED_ROOT, Section.parse("3")));
        assertEquals(Optional.empty(), Sections.range(NESTED_ROOT, Section.parse("1.HEADER")));
        assertEquals(Optional.empty(), Sections.range(NESTED_ROOT, Section.parse("2.3")));
        assertEquals(Optional.empty(), Sections.range(NESTED_ROOT, Section.parse("2.1.1")));
    }

    @Test
    void fetchFromASeekableBlobReadsTheSameOctets(@TempDir Path dir) throws IOException {
        Path blob = Files.write(dir.resolve("blob"), NESTED);
        try (SeekableByteChannel ch = Files.newByteChannel(blob)) {
            for (String spec : List.of("", "TEXT", "2.1", "2.MIME", "2.HEADER.FIELDS (Subject)", "HEADER")) {
                assertEquals(fetch(NESTED, NESTED_ROOT, spec),
                        new String(Sections.fetch(ch, NESTED_ROOT, Section.parse(spec)).orElseThrow(), StandardCharsets.UTF_8));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "header|HEADER",
        "1.2.text|1.2.TEXT",
        "4.2.2.1|4.2.2.1",
        "3.mime|3.MIME",
        "HEADER.FIELDS (From \"To\")|HEADER.FIELDS (From To)",
        "2.header.fields.not (X-A)|2.HEADER.FIELDS.NOT (X-A)",
    })
    void sectionSpecsParseAndEcho(String spec, String canonical) {
        assertEquals(canonical, Section.parse(spec).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MIME", "0", "1.", "BOGUS", "HEADER.FIELDS", "HEADER.FIELDS ()", "1.2.HEADER.FIELDS From"})
    void badSectionSpecsAreRejected(String spec) {
        assertThrows(IllegalArgumentException.class, () -> Section.parse(spec));
    }
}
