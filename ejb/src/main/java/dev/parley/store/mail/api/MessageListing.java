package dev.parley.store.mail.api;

import java.time.Instant;

/**
 * A message as SELECT, CONDSTORE/QRESYNC changes and STORE results list it: UID, modseq, flags and
 * keywords, internal date and size — indexed columns only, no cached JSON (what an untagged
 * {@code FETCH (UID FLAGS MODSEQ)} reports, plus what INTERNALDATE and RFC822.SIZE need).
 */
public record MessageListing(long uid, long modseq, Flags flags, Instant internalDate, long size) {
}
