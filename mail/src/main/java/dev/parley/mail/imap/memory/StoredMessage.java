package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.mime.ParsedMessage;

/** One message in memory: its metadata, raw bytes and the structure parsed on arrival. */
record StoredMessage(MessageMeta meta, byte[] raw, ParsedMessage parsed) {

    StoredMessage withMeta(MessageMeta newMeta) {
        return new StoredMessage(newMeta, raw, parsed);
    }
}
