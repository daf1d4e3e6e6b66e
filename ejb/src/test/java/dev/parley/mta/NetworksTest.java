package dev.parley.mta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void matchesIpv4AndIpv6Blocks() throws Exception {
        Networks n = Networks.parse(List.of("10.0.0.0/8", "192.168.1.0/25", "2001:db8::/32", "203.0.113.7"));
        assertTrue(n.contains(InetAddress.getByName("10.255.0.1")));
        assertTrue(n.contains(InetAddress.getByName("192.168.1.127")));
        assertFalse(n.contains(InetAddress.getByName("192.168.1.128")));
        assertTrue(n.contains(InetAddress.getByName("2001:db8:1::5")));
        assertFalse(n.contains(InetAddress.getByName("2001:db9::1")));
        assertTrue(n.contains(InetAddress.getByName("203.0.113.7")));
        assertFalse(n.contains(InetAddress.getByName("203.0.113.8")));
        assertFalse(n.contains(null));
    }

    @Test
    void emptyListRelaysForNobody() throws Exception {
        assertFalse(Networks.parse(List.of()).contains(InetAddress.getByName("127.0.0.1")));
    }

    @Test
    void refusesNamesAndBadPrefixes() {
        assertThrows(IllegalArgumentException.class, () -> Networks.parse(List.of("mail.example.org/24")));
        assertThrows(IllegalArgumentException.class, () -> Networks.parse(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> Networks.parse(List.of("10.0.0.0/x")));
    }
}
