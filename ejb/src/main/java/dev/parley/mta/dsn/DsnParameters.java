package dev.parley.mta.dsn;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The RFC 3461 parameters of one queued recipient, as received: for our own reports ({@link Notifier}) and
 * to pass on to a DSN-capable next hop (§4, remote delivery).
 *
 * @param notifyOn NOTIFY keywords in upper case (empty when not given)
 * @param orcpt    ORCPT as {@code type;address} (decoded), or null
 * @param warnings delay warnings already sent
 * @param envId    ENVID of the message (decoded), or null
 * @param ret      RET of the message ({@code full}/{@code hdrs}), or null
 */
public record DsnParameters(Set<String> notifyOn, String orcpt, int warnings, String envId, String ret) {

    public DsnParameters {
        notifyOn = Set.copyOf(notifyOn);
    }

    /** NOTIFY as sent on the wire ({@code SUCCESS,DELAY}), or null when none was given. */
    public String notifyValue() {
        return notifyOn.isEmpty() ? null : notifyOn.stream().sorted().collect(Collectors.joining(","));
    }

    /** The parameters of these recipient ids (rows that are gone are missing from the map). */
    public static Map<Long, DsnParameters> read(DataSource dataSource, List<Long> ids) throws SQLException {
        Map<Long, DsnParameters> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT r.id, r.notify, r.orcpt, r.delay_warnings, m.env_id, m.ret"
                     + " FROM mta.recipient r JOIN mta.message m ON m.queue_id = r.queue_id WHERE r.id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array notify = rs.getArray(2);
                    Set<String> n = notify == null ? Set.of()
                            : Set.of((String[]) notify.getArray()).stream().map(s -> s.toUpperCase(Locale.ROOT))
                                    .collect(Collectors.toSet());
                    out.put(rs.getLong(1), new DsnParameters(n, rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        return out;
    }
}
