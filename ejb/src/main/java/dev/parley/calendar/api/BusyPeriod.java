package dev.parley.calendar.api;

import java.io.Serializable;
import java.time.Instant;

/** One FREEBUSY period in UTC (RFC 5545 §3.8.2.6) with its FBTYPE (§3.2.9: BUSY, BUSY-TENTATIVE, BUSY-UNAVAILABLE). */
public record BusyPeriod(Instant start, Instant end, String type) implements Serializable {
}
