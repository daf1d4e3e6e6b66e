package dev.parley.store.mail;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A {@code mail.mailbox} row as the operations read it. */
record MailboxRow(long id, long accountId, String name, Long parentId, String specialUse, long uidValidity,
                  long uidNext, long highestModseq, long messageCount, long totalBytes,
                  String[] keywords, long recentUid) {

    static final String COLUMNS = "id, account_id, name, parent_id, special_use, uidvalidity, uidnext,"
            + " highestmodseq, message_count, total_bytes, keywords, recent_uid";

    static MailboxRow read(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new MailboxRow(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                rs.wasNull() ? null : parent, rs.getString("special_use"), rs.getLong("uidvalidity"),
                rs.getLong("uidnext"), rs.getLong("highestmodseq"),
                rs.getLong("message_count"), rs.getLong("total_bytes"), Jdbc.strings(rs, "keywords"), rs.getLong("recent_uid"));
    }
}
