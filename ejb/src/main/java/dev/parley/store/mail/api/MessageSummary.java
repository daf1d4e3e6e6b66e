package dev.parley.store.mail.api;

import dev.parley.mail.mime.BodyPart;
import dev.parley.mail.mime.Envelope;
import java.time.Instant;

/**
 * A message's cached metadata, enough for FETCH ENVELOPE, BODYSTRUCTURE, FLAGS, INTERNALDATE,
 * RFC822.SIZE, MODSEQ, EMAILID/THREADID (RFC 8474) without touching the blob; {@code blobSha256}
 * and the body's offsets let {@code BODY[section]} read just the octets it needs.
 */
public record MessageSummary(long uid, long modseq, Flags flags, Instant internalDate, long size,
                             String blobSha256, long threadId, int headerLength, Envelope envelope,
                             BodyPart bodyStructure) {
}
