package dev.parley.mail.managesieve.codec;

/**
 * Emitted instead of a {@link CommandLine} the decoder rejected; the offending bytes (literals
 * included) have been consumed, so the session answers {@code NO} and reads on.
 *
 * @param reason   what was wrong, for the {@code NO} text, e.g. {@code line too long: 9000 bytes (limit 8192)}
 * @param tooLarge true when a literal or the command exceeded a size limit ({@code QUOTA/MAXSIZE})
 */
public record MalformedLine(String reason, boolean tooLarge) {
}
