package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PrivilegesTest {

    @Test
    void readOnlyHasNoWriteAndRefusesWrites() throws Exception {
        assertFalse(Privileges.READ_ONLY.names().contains(Dav.dav("write")));
        assertTrue(Privileges.OWNER.names().contains(Dav.dav("write-content")));
        DavException e = assertThrows(DavException.class, () -> Privileges.READ_ONLY.requireWrite("/dav/x/"));
        assertEquals(403, e.status());
        assertEquals(Dav.NEED_PRIVILEGES, e.condition());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MultistatusWriter out = new MultistatusWriter(bytes)) {
            out.write(DavResponse.ofPropstats("/dav/x/", List.of(new PropStat(200,
                    Map.of(Dav.CURRENT_USER_PRIVILEGE_SET, Privileges.READ_ONLY.currentUserPrivilegeSet())))));
        }
        Element root = DavXml.parse(new ByteArrayInputStream(bytes.toByteArray()));
        Element set = (Element) root.getElementsByTagNameNS("DAV:", "current-user-privilege-set").item(0);
        List<Element> privileges = DavXml.children(set);
        assertEquals(3, privileges.size());
        assertEquals(Dav.dav("read"), DavXml.name(DavXml.children(privileges.get(0)).get(0)));
    }
}
