package dev.parley.mail.managesieve.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** One word of a ManageSieve command (RFC 5804 §4): an atom (command name, number) or a string. */
public sealed interface Word {

    /** An atom such as {@code PUTSCRIPT} or {@code 1024}. */
    record Atom(String value) implements Word {
        public String upper() {
            return value.toUpperCase(Locale.ROOT);
        }
    }

    /**
     * A quoted string or literal. The octets are kept as sent: RFC 5804 §1.6 and RFC 5228 §2.1 ask
     * for UTF-8, and {@link #text()} checks that.
     */
    record Str(byte[] octets, boolean literal) implements Word {
        public Str {
            octets = octets.clone();
        }

        @Override
        public byte[] octets() {
            return octets.clone();
        }

        public int length() {
            return octets.length;
        }

        /** Strict UTF-8 decoding. */
        public String text() throws CharacterCodingException {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(octets)).toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && s.literal == literal && Arrays.equals(s.octets, octets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(octets) * 31 + Boolean.hashCode(literal);
        }

        @Override
        public String toString() {
            return "Str[" + octets.length + " octets" + (literal ? ", literal" : "") + "]";
        }
    }
}
