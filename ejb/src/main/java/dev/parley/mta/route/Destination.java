package dev.parley.mta.route;

/**
 * What an address is to this server, read from the directory.
 *
 * @param kind       how it is delivered
 * @param address    the address after canonicalisation (lower case, alias domain replaced by its domain,
 *                   {@code +detail} dropped when only the base address exists)
 * @param accountId  ACCOUNT: {@code directory.account.id}
 * @param quotaBytes ACCOUNT: the limit (0 = none)
 * @param usedBytes  ACCOUNT: current usage
 * @param target     ALIAS/CATCHALL: where it points
 * @param groupId    GROUP: {@code directory.mail_group.id}
 * @param policy     GROUP: posting policy {@code anyone}, {@code members} or {@code domain}
 */
public record Destination(Kind kind, String address, long accountId, long quotaBytes, long usedBytes, String target,
                          long groupId, String policy) {

    public enum Kind {
        ACCOUNT, ALIAS, CATCHALL, GROUP,
        /** the domain is ours but nothing answers to the address */
        UNKNOWN,
        /** not one of our domains */
        REMOTE
    }

    static Destination of(Kind kind, String address) {
        return new Destination(kind, address, 0, 0, 0, null, 0, null);
    }

    public boolean local() {
        return kind != Kind.REMOTE;
    }

    public boolean deliverable() {
        return kind != Kind.UNKNOWN && kind != Kind.REMOTE;
    }

    /** Accepting {@code size} more octets would exceed the account's quota. */
    public boolean overQuota(long size) {
        return kind == Kind.ACCOUNT && quotaBytes > 0 && usedBytes + Math.max(size, 0) > quotaBytes;
    }

    public String domain() {
        return address.substring(address.lastIndexOf('@') + 1);
    }
}
