package dev.parley.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {

    /** One address: name | adl | mailbox | host ('N' for NIL). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "N", value = {
        "john@example.org|N|N|john|example.org",
        "<john@example.org>|N|N|john|example.org",
        "John Doe <john@example.org>|John Doe|N|john|example.org",
        "\"Doe, John\" <john@example.org>|Doe, John|N|john|example.org",
        "\"J. \\\"Q\\\" Doe\" <jd@example.org>|J. \"Q\" Doe|N|jd|example.org",
        "John Q. Public <jqp@example.org>|John Q. Public|N|jqp|example.org",
        "john@example.org (John Doe)|N|N|john|example.org",
        "=?utf-8?Q?J=C3=B6rg?= <j@example.org>|=?utf-8?Q?J=C3=B6rg?=|N|j|example.org",
        "<@a.example,@b.example:j@example.org>|N|@a.example,@b.example|j|example.org",
        "\"quoted local\"@example.org|N|N|\"quoted local\"|example.org",
        "postmaster|N|N|postmaster|''",
        "Name <user@[192.0.2.1]>|Name|N|user|[192.0.2.1]",
        "Broken <user@example.org|Broken|N|user|example.org",
    })
    void singleAddress(String header, String name, String adl, String mailbox, String host) {
        assertEquals(List.of(new Address(name, adl, mailbox, host)), AddressParser.parse(header));
    }

    @Test
    void listsSkipEmptyEntries() {
        assertEquals(List.of(new Address(null, null, "a", "x.example"), new Address("B", null, "b", "x.example")),
                AddressParser.parse(" , a@x.example,, B <b@x.example>,"));
    }

    @Test
    void groupsWithAndWithoutMembers() {
        assertEquals(List.of(Address.groupStart("undisclosed-recipients"), Address.groupEnd()),
                AddressParser.parse("undisclosed-recipients:;"));
        assertEquals(List.of(Address.groupStart("A Group"), new Address("Ed Jones", null, "c", "a.test"),
                        new Address(null, null, "joe", "where.test"), Address.groupEnd()),
                AddressParser.parse("A Group:Ed Jones <c@a.test>,joe@where.test;")); // RFC 5322 §A.1.3
        assertEquals(List.of(Address.groupStart("open"), new Address(null, null, "x", "y.example"), Address.groupEnd()),
                AddressParser.parse("open: x@y.example"), "an unterminated group is closed");
    }

    @Test
    void nothingForBlank() {
        assertEquals(List.of(), AddressParser.parse(null));
        assertEquals(List.of(), AddressParser.parse("  "));
    }
}
