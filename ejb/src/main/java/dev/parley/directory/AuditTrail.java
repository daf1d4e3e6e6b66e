package dev.parley.directory;

import dev.parley.directory.api.AuditEntryView;
import dev.parley.directory.api.Caller;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;

/** Writes one audit entry per change (actor = caller's username; details never hold passwords). */
public class AuditTrail {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final DirectoryRepository repository;
    private final Clock clock;

    public AuditTrail(DirectoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(Caller caller, String action, String target, String domain, JsonObject detail) {
        repository.persist(new AuditLogEntity(clock.instant(), caller.username(), action, target, domain,
                detail == null || detail.isEmpty() ? null : detail.toString()));
    }

    /** Newest first; {@code domain} null means every domain (the caller's scope is checked before). */
    public List<AuditEntryView> list(String domain, int limit) {
        int n = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        return repository.audit(domain, n).stream()
                .map(e -> new AuditEntryView(e.getAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail()))
                .toList();
    }
}
