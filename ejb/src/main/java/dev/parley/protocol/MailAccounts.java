package dev.parley.protocol;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The directory account behind a login name: the message store is keyed by {@code directory.account.id},
 * authentication answers with the account's address. {@code DirectoryService} has no id lookup (its
 * views carry no ids), so the protocol layer reads the one indexed row itself (address is unique).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MailAccounts {

    static final String SQL = "SELECT a.id FROM directory.address ad JOIN directory.account a ON a.id = ad.account_id"
            + " WHERE ad.address = ? AND ad.kind = 'account' AND a.status <> 'deleted'";

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    /** The account whose primary address is {@code address}; empty when there is none. */
    public OptionalLong accountId(String address) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, address.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("directory lookup failed: " + e.getMessage(), e);
        }
    }
}
