package dev.parley.store.mail.api;

/** RFC 9051 §6.4.6 STORE: {@code +FLAGS}, {@code -FLAGS}, {@code FLAGS}. */
public enum FlagMode { ADD, REMOVE, REPLACE }
