package dev.parley.mta.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

class RoutesTest {

    @Test
    void parsesHops() {
        assertEquals(new Hop("mx.example", 25), Hop.parse("mx.example"));
        assertEquals(new Hop("127.0.0.1", 2626), Hop.parse(" 127.0.0.1:2626 "));
        assertEquals(new Hop("::1", 2626), Hop.parse("[::1]:2626"));
        assertEquals(new Hop("::1", 25), Hop.parse("[::1]"));
    }

    @Test
    void aRouteWinsOverTheSmarthostAndOnlyTheSmarthostAuthenticates() {
        Routes r = Routes.parse("Remote.Test=127.0.0.1:2626, other.test=[127.0.0.2]", "relay.example:587", "u", "p");
        assertEquals(List.of(new Hop("127.0.0.1", 2626)), r.fixed("remote.test").orElseThrow());
        assertFalse(r.viaSmarthost("remote.test"));
        assertEquals(List.of(new Hop("relay.example", 587)), r.fixed("elsewhere.example").orElseThrow());
        assertTrue(r.viaSmarthost("elsewhere.example"));
        assertTrue(Routes.parse("", "", null, null).fixed("elsewhere.example").isEmpty());
    }

    private static Record mx(int pref, String target) throws Exception {
        return new MXRecord(Name.fromString("d.example."), DClass.IN, 60, pref, Name.fromString(target));
    }

    @Test
    void mxHostsInPreferenceOrder() throws Exception {
        var a = MxResolver.order("d.example", new Record[] {mx(20, "b.example."), mx(10, "a.example."), mx(30, "c.example.")});
        assertEquals(List.of("a.example", "b.example", "c.example"), ((MxResolver.Hosts) a).hosts());
    }

    @Test
    void nullMxMeansNoMail() throws Exception {
        var a = MxResolver.order("d.example", new Record[] {mx(0, ".")});
        assertInstanceOf(MxResolver.NoMail.class, a);
        assertTrue(((MxResolver.NoMail) a).reply().startsWith("556 5.1.10"));
    }
}
