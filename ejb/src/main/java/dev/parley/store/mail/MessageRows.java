package dev.parley.store.mail;

import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MessageSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.TreeSet;

/** Maps {@code mail.message} rows to the API records. */
final class MessageRows {

    private MessageRows() {
    }

    static Flags flags(ResultSet rs) throws SQLException {
        EnumSet<Flag> system = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values()) {
            if (rs.getBoolean(f.column())) {
                system.add(f);
            }
        }
        return new Flags(system, new TreeSet<>(Arrays.asList(Jdbc.strings(rs, "keywords"))));
    }

    static MessageSummary summary(ResultSet rs) throws SQLException {
        return new MessageSummary(rs.getLong("uid"), rs.getLong("modseq"), flags(rs), Jdbc.instant(rs, "internal_date"),
                rs.getLong("size"), rs.getString("blob_sha256"), rs.getLong("thread_id"), rs.getInt("header_length"),
                MetadataJson.readEnvelope(rs.getString("envelope")),
                MetadataJson.readBodyStructure(rs.getString("body_structure")));
    }
}
