package dev.parley.mail.sieve;

/**
 * Bounds on compiling and running one script. Sieve has no loops (RFC 5228 §1), so these bound
 * size and fan-out rather than time.
 *
 * @param maxScriptLength  characters of script source
 * @param maxNesting       depth of blocks and nested tests
 * @param maxStringLength  characters of one string, literal or built by variable expansion
 * @param maxVariables     distinct variables a script may set (RFC 5229 §6)
 * @param maxActions       actions one run may produce
 * @param maxRedirects     redirect actions one run may produce (RFC 5228 §4.2: "limit the number")
 * @param maxBodyChars     characters of body text a body test examines (RFC 5173 §6)
 */
public record SieveLimits(int maxScriptLength, int maxNesting, int maxStringLength, int maxVariables,
                          int maxActions, int maxRedirects, int maxBodyChars) {

    public static final SieveLimits DEFAULT = new SieveLimits(256 * 1024, 32, 64 * 1024, 128, 64, 4, 1024 * 1024);

    public SieveLimits {
        if (maxScriptLength < 1 || maxNesting < 1 || maxStringLength < 1 || maxVariables < 0
                || maxActions < 1 || maxRedirects < 0 || maxBodyChars < 0) {
            throw new IllegalArgumentException("sieve limits must be positive");
        }
    }
}
