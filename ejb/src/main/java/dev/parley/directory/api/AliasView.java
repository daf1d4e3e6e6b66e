package dev.parley.directory.api;

/** An alias address (or the catch-all {@code @domain}) delivering to {@code target}. */
public record AliasView(String address, String target, boolean catchAll) {
}
