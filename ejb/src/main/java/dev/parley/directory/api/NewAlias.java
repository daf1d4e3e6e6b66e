package dev.parley.directory.api;

/** {@code address} is {@code local@domain}, or {@code @domain} for the domain's catch-all. */
public record NewAlias(String address, String target) {
}
