package dev.parley.calendar.store;

import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.api.CalendarAccess;
import dev.parley.calendar.api.CalendarGrant;
import dev.parley.calendar.api.CalendarInfo;
import dev.parley.calendar.api.SharedCalendar;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.api.ObjectChanges;
import dev.parley.calendar.api.ObjectListing;
import dev.parley.calendar.api.StoredObject;
import dev.parley.calendar.api.CalendarException;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/** {@link CalendarService} as an EJB: one container transaction per call (REQUIRED), plain JDBC. */
@Stateless
@Local(CalendarService.class)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class CalendarServiceBean implements CalendarService {

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    private <T> T run(Function<CalendarCore, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(new CalendarCore(c, Clock.systemUTC()));
        } catch (SQLException e) {
            throw new CalendarException(CalendarException.Kind.UNAVAILABLE, null, "no database connection: " + e.getMessage());
        }
    }

    @Override
    public List<CalendarInfo> calendars(String user) {
        return run(c -> c.calendars(user));
    }

    @Override
    public CalendarInfo calendar(String user, String name) {
        return run(c -> c.calendar(user, name));
    }

    @Override
    public CalendarInfo createCalendar(String user, String name, CalendarProps props) {
        return run(c -> c.createCalendar(user, name, props));
    }

    @Override
    public CalendarInfo updateCalendar(String user, String name, CalendarProps props) {
        return run(c -> c.updateCalendar(user, name, props));
    }

    @Override
    public void deleteCalendar(String user, String name) {
        run(c -> {
            c.deleteCalendar(user, name);
            return null;
        });
    }

    @Override
    public List<ObjectListing> list(String user, String calendar) {
        return run(c -> c.list(user, calendar));
    }

    @Override
    public Optional<StoredObject> get(String user, String calendar, String resource) {
        return run(c -> c.get(user, calendar, resource));
    }

    @Override
    public List<StoredObject> multiget(String user, String calendar, List<String> resources) {
        return run(c -> c.multiget(user, calendar, resources));
    }

    @Override
    public List<StoredObject> inRange(String user, String calendar, String component, Instant start, Instant end) {
        return run(c -> c.inRange(user, calendar, component, start, end));
    }

    @Override
    public PutResult put(String user, String calendar, String resource, String ical, String ifMatch, boolean ifNoneMatchAny) {
        return run(c -> c.put(user, calendar, resource, ical, ifMatch, ifNoneMatchAny));
    }

    @Override
    public void delete(String user, String calendar, String resource, String ifMatch) {
        run(c -> {
            c.delete(user, calendar, resource, ifMatch);
            return null;
        });
    }

    @Override
    public ObjectChanges changes(String user, String calendar, String syncToken) {
        return run(c -> c.changes(user, calendar, syncToken));
    }

    @Override
    public Optional<StoredObject> byUid(String user, String calendar, String uid) {
        return run(c -> c.byUid(user, calendar, uid));
    }

    @Override
    public List<StoredObject> modified(String user, String calendar, Instant since, Instant until) {
        return run(c -> c.modified(user, calendar, since, until));
    }

    @Override
    public List<Deletion> deletions(String user, String calendar, Instant since, Instant until) {
        return run(c -> c.deletions(user, calendar, since, until));
    }

    @Override
    public List<BusyPeriod> busy(String user, String calendar, Instant start, Instant end) {
        return run(c -> c.busy(user, calendar, start, end));
    }

    @Override
    public List<BusyPeriod> freeBusy(String user, String address, Instant start, Instant end) {
        return run(c -> c.freeBusy(user, address, start, end));
    }

    @Override
    public List<CalendarGrant> grants(String user, String calendar) {
        return run(c -> c.grants(user, calendar));
    }

    @Override
    public void grant(String user, String calendar, CalendarGrant grant) {
        run(c -> {
            c.grant(user, calendar, grant);
            return null;
        });
    }

    @Override
    public void revoke(String user, String calendar, String grantee) {
        run(c -> {
            c.revoke(user, calendar, grantee);
            return null;
        });
    }

    @Override
    public List<SharedCalendar> shared(String user) {
        return run(c -> c.shared(user));
    }

    @Override
    public CalendarAccess access(String user, String owner, String calendar) {
        return run(c -> c.access(user, owner, calendar));
    }

    @Override
    public CalendarInfo calendarOf(String user, String owner, String calendar) {
        return run(c -> c.calendarOf(user, owner, calendar));
    }

    @Override
    public List<ObjectListing> listOf(String user, String owner, String calendar) {
        return run(c -> c.listOf(user, owner, calendar));
    }

    @Override
    public Optional<StoredObject> getOf(String user, String owner, String calendar, String resource) {
        return run(c -> c.getOf(user, owner, calendar, resource));
    }

    @Override
    public List<StoredObject> multigetOf(String user, String owner, String calendar, List<String> resources) {
        return run(c -> c.multigetOf(user, owner, calendar, resources));
    }

    @Override
    public List<StoredObject> inRangeOf(String user, String owner, String calendar, String component, Instant start, Instant end) {
        return run(c -> c.inRangeOf(user, owner, calendar, component, start, end));
    }

    @Override
    public ObjectChanges changesOf(String user, String owner, String calendar, String syncToken) {
        return run(c -> c.changesOf(user, owner, calendar, syncToken));
    }

    @Override
    public PutResult putOf(String user, String owner, String calendar, String resource, String ical, String ifMatch,
            boolean ifNoneMatchAny) {
        return run(c -> c.putOf(user, owner, calendar, resource, ical, ifMatch, ifNoneMatchAny));
    }

    @Override
    public void deleteOf(String user, String owner, String calendar, String resource, String ifMatch) {
        run(c -> {
            c.deleteOf(user, owner, calendar, resource, ifMatch);
            return null;
        });
    }

    @Override
    public List<BusyPeriod> busyOf(String user, String owner, String calendar, Instant start, Instant end) {
        return run(c -> c.busyOf(user, owner, calendar, start, end));
    }
}
