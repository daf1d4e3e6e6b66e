package dev.parley.mail.imap.response;

/** RFC 9051 §7.1 status responses used as tagged completions. */
public enum Status { OK, NO, BAD }
