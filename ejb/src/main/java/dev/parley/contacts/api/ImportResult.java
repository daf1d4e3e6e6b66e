package dev.parley.contacts.api;

import java.io.Serializable;
import java.util.List;

/** An import's outcome: the layout recognised, how many cards were stored, and what was skipped and why. */
public record ImportResult(String format, int imported, List<Skipped> skipped) implements Serializable {

    public record Skipped(int record, int line, String reason) implements Serializable {
    }

    public ImportResult {
        skipped = List.copyOf(skipped);
    }
}
