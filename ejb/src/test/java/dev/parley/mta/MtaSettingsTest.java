package dev.parley.mta;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MtaSettingsTest {

    private static MtaSettings refusing(String... senders) {
        return new MtaSettings("127.0.0.1", 2525, 2587, 2465, 2424, "mx.test", 1 << 20, List.of(), false, 8,
                Duration.ofSeconds(5), Duration.ofDays(7), 50, Optional.empty(), Path.of("spool"), Optional.empty(),
                Optional.empty(), List.of(senders));
    }

    @Test
    void refusedSendersMatchAddressesAndWholeDomainsCaseInsensitively() {
        MtaSettings s = refusing("spammer@bad.example", "@worse.example");
        assertTrue(s.refusesSender("Spammer@Bad.Example"));
        assertTrue(s.refusesSender("anyone@WORSE.example"));
        assertFalse(s.refusesSender("friend@bad.example"));
        assertFalse(s.refusesSender("anyone@notworse.example"));
        assertFalse(refusing().refusesSender("spammer@bad.example"));
    }
}
