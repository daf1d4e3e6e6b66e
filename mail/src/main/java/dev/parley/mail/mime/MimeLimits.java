package dev.parley.mail.mime;

/**
 * Bounds that keep one hostile message from costing more than a normal one. Going over a bound
 * never fails a parse: the structure is truncated and stays valid (see {@link MessageParser}).
 *
 * @param maxHeaderBytes octets of one entity header that are parsed into fields; later header
 *                       octets still count in offsets and sizes but are not interpreted
 * @param maxParts       body parts in the whole tree; later parts are left out of the tree and
 *                       their octets stay, uninterpreted, inside the enclosing multipart's body
 * @param maxDepth       nesting of multiparts and encapsulated messages; a container deeper than
 *                       this is kept as one opaque {@code application/octet-stream} leaf
 * @param maxSearchChars characters of {@link ParsedMessage#searchText()}
 */
public record MimeLimits(int maxHeaderBytes, int maxParts, int maxDepth, int maxSearchChars) {

    /** Dovecot-like defaults: 1 MiB of header, 1,000 parts, 50 levels, 256 Ki characters of text. */
    public static final MimeLimits DEFAULT = new MimeLimits(1 << 20, 1000, 50, 256 * 1024);

    public MimeLimits {
        if (maxHeaderBytes < 1024 || maxParts < 1 || maxDepth < 1 || maxSearchChars < 0) {
            throw new IllegalArgumentException("limits too small: " + maxHeaderBytes + ", " + maxParts
                    + ", " + maxDepth + ", " + maxSearchChars);
        }
    }
}
