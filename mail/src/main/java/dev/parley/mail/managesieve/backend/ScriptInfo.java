package dev.parley.mail.managesieve.backend;

import java.util.Objects;

/** One LISTSCRIPTS entry (RFC 5804 §2.7). */
public record ScriptInfo(String name, boolean active) {
    public ScriptInfo {
        Objects.requireNonNull(name, "name");
    }
}
