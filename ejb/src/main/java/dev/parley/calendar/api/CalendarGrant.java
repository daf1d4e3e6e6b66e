package dev.parley.calendar.api;

import java.io.Serializable;

/**
 * A grant on a calendar: {@code grantee} is an account address ({@code user@domain}), a whole domain
 * ({@code @domain}) or everyone authenticated ({@code *}). The most specific entry that matches a user
 * decides (user over domain over everyone).
 */
public record CalendarGrant(String grantee, CalendarAccess access) implements Serializable {

    public static final String EVERYONE = "*";
}
