package dev.parley.calendar.wcap;

import java.util.HashMap;
import java.util.Map;

/**
 * Every {@code X-NSCP-WCAP-ERRNO} value of WCAP 3.x (Sun CS 2005Q4 Developer's Guide "Error Names,
 * Values, and Meanings"; names as in Mozilla's calIWcapErrors.idl, which adds the WCAP 4.0 codes 82–87
 * and the DWP codes 11000–11008). Numbers 3–5 and 7 are unused.
 */
public enum WcapErrno {
    LOGOUT(-1, "Logout successful"),
    OK(0, "Command successful"),
    LOGIN_FAILED(1, "Login failed, session ID timed out. Invalid session ID"),
    LOGIN_OK_DEFAULT_CALENDAR_NOT_FOUND(2, "Login successful, default calendar not found, new default calendar created"),
    DELETE_EVENTS_BY_ID_FAILED(6, "deleteevents_by_id failed"),
    SETCALPROPS_FAILED(8, "set_calprops failed"),
    FETCH_EVENTS_BY_ID_FAILED(9, "fetchevents_by_id failed"),
    CREATECALENDAR_FAILED(10, "createcalendar failed"),
    DELETECALENDAR_FAILED(11, "deletecalendar failed"),
    ADDLINK_FAILED(12, "addlink failed"),
    FETCHBYDATERANGE_FAILED(13, "fetch by date range failed"),
    STOREEVENTS_FAILED(14, "storeevents failed"),
    STORETODOS_FAILED(15, "storetodos failed"),
    DELETE_TODOS_BY_ID_FAILED(16, "deletetodos_by_id failed"),
    FETCH_TODOS_BY_ID_FAILED(17, "fetchtodos_by_id failed"),
    FETCHCOMPONENTS_FAILED_BAD_TZID(18, "Command failed to find correct tzid"),
    SEARCH_CALPROPS_FAILED(19, "search_calprops failed"),
    GET_CALPROPS_FAILED(20, "get_calprops failed"),
    DELETECOMPONENTS_BY_RANGE_FAILED(21, "deletecomponents_by_range failed"),
    DELETEEVENTS_BY_RANGE_FAILED(22, "deleteevents_by_range failed"),
    DELETETODOS_BY_RANGE_FAILED(23, "deletetodos_by_range failed"),
    GET_ALL_TIMEZONES_FAILED(24, "get_all_timezones failed"),
    CREATECALENDAR_ALREADY_EXISTS_FAILED(25, "createcalendar failed: calendar already exists"),
    SET_USERPREFS_FAILED(26, "set_userprefs failed"),
    CHANGE_PASSWORD_FAILED(27, "change password failed"),
    ACCESS_DENIED_TO_CALENDAR(28, "Access denied to calendar"),
    CALENDAR_DOES_NOT_EXIST(29, "Calendar database does not exist"),
    ILLEGAL_CALID_NAME(30, "createcalendar: invalid calid"),
    CANNOT_MODIFY_LINKED_EVENTS(31, "Cannot modify linked events"),
    CANNOT_MODIFY_LINKED_TODOS(32, "Cannot modify linked todos"),
    CANNOT_SENT_EMAIL(33, "Sending notification mail failed"),
    CALENDAR_DISABLED(34, "Calendar is disabled"),
    WRITE_IMPORT_FAILED(35, "Import failed"),
    FETCH_BY_LAST_MODIFIED_FAILED(36, "fetchcomponents_by_lastmod failed"),
    CAPI_NOT_SUPPORTED(37, "Calendar data in an unsupported format"),
    CALID_NOT_SPECIFIED(38, "Calendar id not specified"),
    GET_FREEBUSY_FAILED(39, "get_freebusy failed"),
    STORE_FAILED_DOUBLE_BOOKED(40, "Double booking is not allowed in this calendar"),
    FETCH_BY_ALARM_RANGE_FAILED(41, "fetchcomponents_by_alarmrange failed"),
    FETCH_BY_ATTENDEE_ERROR_FAILED(42, "fetchcomponents_by_attendee_error failed"),
    ATTENDEE_GROUP_EXPANSION_CLIPPED(43, "Attendee group expansion clipped"),
    USERPREFS_ACCESS_DENIED(44, "Access denied to user preferences"),
    NOT_ALLOWED_TO_REQUEST_PUBLISH(45, "Only the organizer may PUBLISH or REQUEST"),
    INSUFFICIENT_PARAMETERS(46, "Insufficient or mismatched parameters"),
    MUSTBEOWNER_OPERATION(47, "Only an owner of the calendar may do this"),
    DWP_CONNECTION_FAILED(48, "Connection to the back end failed"),
    DWP_MAX_CONNECTION_REACHED(49, "Back end: maximum connections reached"),
    DWP_CANNOT_RESOLVE_CALENDAR(50, "Front end cannot resolve the calendar's back end"),
    DWP_BAD_DATA(51, "Back end: bad data"),
    BAD_COMMAND(52, "Bad command"),
    NOT_FOUND(53, "Not found"),
    WRITE_IMPORT_CANT_EXPAND_CALID(54, "Import: cannot expand calid"),
    GETTIME_FAILED(55, "gettime failed"),
    FETCH_DELETEDCOMPONENTS_FAILED(56, "fetch_deletedcomponents failed"),
    FETCH_DELETEDCOMPONENTS_PARTIAL_RESULT(57, "fetch_deletedcomponents: partial result"),
    WCAP_NO_SUCH_FORMAT(58, "No such output format"),
    COMPONENT_NOT_FOUND(59, "Component not found"),
    BAD_ARGUMENTS(60, "Bad arguments"),
    GET_USERPREFS_FAILED(61, "get_userprefs failed"),
    WCAP_MODIFY_NO_EVENT(62, "storetype=2 (modify) but the component does not exist"),
    WCAP_CREATE_EXISTS(63, "storetype=1 (create) but the component already exists"),
    WCAP_MODIFY_CANT_MAKE_COPY(64, "Modify: cannot make a copy"),
    STORE_FAILED_RECUR_SKIP(65, "An instance skips over another instance"),
    STORE_FAILED_RECUR_SAMEDAY(66, "Two instances on the same day"),
    BAD_ORG_ARGUMENTS(67, "orgCalid or orgEmail is required with the other org parameters"),
    STORE_FAILED_RECUR_PRIVACY(68, "Privacy or transparency cannot change on a single instance"),
    LDAP_ERROR(69, "Directory error"),
    GET_INVITE_COUNT_FAILED(70, "Getting the invitation count failed"),
    LIST_FAILED(71, "list failed"),
    LIST_SUBSCRIBED_FAILED(72, "list_subscribed failed"),
    SUBSCRIBE_FAILED(73, "subscribe_calendars failed"),
    UNSUBSCRIBE_FAILED(74, "unsubscribe_calendars failed"),
    ANONYMOUS_NOT_ALLOWED(75, "Not allowed for anonymous"),
    ACCESS_DENIED(76, "Access denied"),
    BAD_IMPORT_ARGUMENTS(77, "Bad import arguments"),
    READONLY_DATABASE(78, "Read-only database"),
    ATTENDEE_NOT_ALLOWED_TO_REQUEST_ON_MODIFY(79, "An attendee may not REQUEST on modify"),
    TRANSP_RESOURCE_NOT_ALLOWED(80, "A resource cannot be transparent"),
    RECURRING_COMPONENT_NOT_FOUND(81, "Recurring component not found"),
    BAD_MIME_TYPE(82, "Bad MIME type"),
    MISSING_BOUNDARY(83, "Missing MIME boundary"),
    INVALID_ATTACHMENT(84, "Invalid attachment"),
    ATTACH_DELETE_SUCCESS(85, "Attachment deleted"),
    ATTACH_DELETE_PARTIAL(86, "Attachments partly deleted"),
    ATTACHMENT_NOT_FOUND(87, "Attachment not found"),
    CDWP_ERR_MAX_CONNECTION_REACHED(11000, "DWP: maximum connections reached"),
    CDWP_ERR_CANNOT_CONNECT(11001, "DWP: cannot connect"),
    CDWP_ERR_CANNOT_RESOLVE_CALENDAR(11002, "DWP: cannot resolve calendar"),
    CDWP_ERR_BAD_DATA(11003, "DWP: bad data"),
    CDWP_ERR_DWPHOST_CTX_DOES_NOT_EXIST(11004, "DWP: host context does not exist"),
    CDWP_ERR_HOSTNAME_NOT_RESOLVABLE(11005, "DWP: host name not resolvable"),
    CDWP_ERR_NO_DATA(11006, "DWP: no data"),
    CDWP_ERR_AUTH_FAILED(11007, "DWP: authentication failed"),
    CDWP_ERR_CHECKVERSION_FAILED(11008, "DWP: version check failed");

    private static final Map<Integer, WcapErrno> BY_CODE = new HashMap<>();

    static {
        for (WcapErrno e : values()) {
            BY_CODE.put(e.code, e);
        }
    }

    private final int code;
    private final String meaning;

    WcapErrno(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The errno for a number; {@code null} for the unused ones (3–5, 7) and unknown numbers. */
    public static WcapErrno of(int code) {
        return BY_CODE.get(code);
    }
}
