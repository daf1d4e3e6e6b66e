package dev.parley.store.blob;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrlfOutputStreamTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a\\nb|a\\r\\nb",
        "a\\r\\nb|a\\r\\nb",
        "a\\rb|a\\r\\nb",
        "a\\r|a\\r\\n",
        "\\n\\n|\\r\\n\\r\\n",
        "\\r\\r\\n|\\r\\n\\r\\n",
        "x|x"})
    void normalisesEveryLineEnd(String in, String expected) throws IOException {
        assertEquals(unescape(expected), write(unescape(in), 1000));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void aCrLfSplitAcrossWritesStaysOneLineEnd(int chunk) throws IOException {
        assertEquals("a\r\nb\r\nc\r\n", write("a\r\nb\nc\r", chunk));
    }

    private static String write(String in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CrlfOutputStream crlf = new CrlfOutputStream(out);
        byte[] b = in.getBytes(US_ASCII);
        for (int i = 0; i < b.length; i += chunk) {
            crlf.write(b, i, Math.min(chunk, b.length - i));
        }
        crlf.finish();
        assertEquals(out.size(), crlf.written());
        return out.toString(US_ASCII);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
