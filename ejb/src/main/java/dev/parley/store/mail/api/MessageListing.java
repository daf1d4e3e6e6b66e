package dev.parley.store.mail.api;

/** A message's flags at a modseq: what an untagged {@code FETCH (UID FLAGS MODSEQ)} reports. */
public record MessageFlags(long uid, long modseq, Flags flags) {
}
