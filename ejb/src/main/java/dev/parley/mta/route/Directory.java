package dev.parley.mta.route;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The directory as the MTA reads it: one indexed query per question, no entities. {@code DirectoryService}
 * is the administrative facade (every call checks a {@code Caller}); routing needs plain lookups on the
 * hot path, and reads {@code directory.*} (and {@code mail.quota_usage} for RCPT-time quota) directly.
 * Any {@link SQLException} becomes an {@link IllegalStateException}, which the SMTP engine answers
 * with a 4xx and the delivery job treats as temporary.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Directory {

    private static final String DOMAIN_SQL = "SELECT name FROM directory.domain WHERE name = ?"
            + " UNION ALL SELECT d.name FROM directory.domain_alias a JOIN directory.domain d ON d.id = a.domain_id"
            + " WHERE a.name = ?";

    private static final String ADDRESS_SQL = "SELECT ad.address, ad.kind, ad.account_id, ad.target, ad.group_id,"
            + " acc.quota_bytes, coalesce(q.bytes, 0), g.posting_policy"
            + " FROM directory.address ad"
            + " LEFT JOIN directory.account acc ON acc.id = ad.account_id AND acc.status <> 'deleted'"
            + " LEFT JOIN mail.quota_usage q ON q.account_id = ad.account_id"
            + " LEFT JOIN directory.mail_group g ON g.id = ad.group_id"
            + " WHERE ad.address = ANY (?) AND (ad.kind <> 'account' OR acc.id IS NOT NULL)";

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    public Directory() {
    }

    /** Outside the container (tests). */
    public Directory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Resolves one address: exact match first, then without an RFC 5233 {@code +detail}, then the
     * domain's catch-all.
     */
    public Destination resolve(String rawAddress) {
        String address = rawAddress.toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return Destination.of(Destination.Kind.UNKNOWN, address);
        }
        String local = address.substring(0, at);
        try (Connection c = dataSource.getConnection()) {
            Optional<String> domain = canonicalDomain(c, address.substring(at + 1));
            if (domain.isEmpty()) {
                return Destination.of(Destination.Kind.REMOTE, address);
            }
            String exact = local + "@" + domain.get();
            int plus = local.indexOf('+');
            String base = plus > 0 ? local.substring(0, plus) + "@" + domain.get() : exact;
            String catchAll = "@" + domain.get();
            List<Destination> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ADDRESS_SQL)) {
                ps.setArray(1, c.createArrayOf("text", new String[] {exact, base, catchAll}));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Destination(Destination.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                                rs.getString(1), rs.getLong(3), rs.getLong(6), rs.getLong(7), rs.getString(4),
                                rs.getLong(5), rs.getString(8)));
                    }
                }
            }
            for (String wanted : new String[] {exact, base, catchAll}) {
                for (Destination d : found) {
                    if (d.address().equals(wanted)) {
                        return d;
                    }
                }
            }
            return Destination.of(Destination.Kind.UNKNOWN, exact);
        } catch (SQLException e) {
            throw new IllegalStateException("directory lookup failed: " + e.getMessage(), e);
        }
    }

    /** The domain if it is ours, the alias domain replaced by its target; empty for remote domains. */
    public Optional<String> canonicalDomain(String domain) {
        try (Connection c = dataSource.getConnection()) {
            return canonicalDomain(c, domain.toLowerCase(Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("directory lookup failed: " + e.getMessage(), e);
        }
    }

    private static Optional<String> canonicalDomain(Connection c, String domain) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DOMAIN_SQL)) {
            ps.setString(1, domain);
            ps.setString(2, domain);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The member addresses of a group, as stored (lower case). */
    public List<String> members(long groupId) {
        return strings("SELECT member_address FROM directory.group_member WHERE group_id = ? ORDER BY member_address",
                groupId, null);
    }

    /**
     * Whether {@code user} (an authenticated login, canonical) may use {@code sender} as envelope sender:
     * its own address, or an alias that points at it (RFC 6409 §6.1 leaves the policy to the MSA).
     */
    public boolean maySendAs(String user, String sender) {
        String u = user.toLowerCase(Locale.ROOT);
        String s = sender.toLowerCase(Locale.ROOT);
        int at = s.lastIndexOf('@');
        if (at > 0) {
            s = s.substring(0, at + 1) + canonicalDomain(s.substring(at + 1)).orElse(s.substring(at + 1));
        }
        if (s.equals(u)) {
            return true;
        }
        return !strings("SELECT address FROM directory.address WHERE address = ? AND kind = 'alias' AND target = ?",
                0, new String[] {s, u}).isEmpty();
    }

    private List<String> strings(String sql, long id, String[] args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (args == null) {
                ps.setLong(1, id);
            } else {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("directory lookup failed: " + e.getMessage(), e);
        }
    }
}
