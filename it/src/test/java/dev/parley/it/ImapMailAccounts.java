package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Fresh mail accounts for the IMAP/POP3 tests: one domain {@code it-mail-<random>.test} per test
 * class, accounts created through the REST API as parley-admin and deleted with the domain at the end.
 * Also the Jakarta Mail sessions those tests use, with the suite's self-signed certificate trusted
 * explicitly (and nothing else).
 */
final class ImapMailAccounts implements AutoCloseable {

    static final String HOST = System.getenv().getOrDefault("PARLEY_IT_MAIL_HOST", "127.0.0.1");
    static final int IMAP = 2143;
    static final int IMAPS = 2993;
    static final int POP3 = 2110;
    static final int POP3S = 2995;

    final String domain = "it-mail-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    private final String admin = Http.token("parley-admin", Suite.adminPassword());
    private final List<String> localParts = new ArrayList<>();

    ImapMailAccounts() {
        Http.Response created = Http.post(admin, "/api/domains", Json.createObjectBuilder().add("name", domain).build());
        assertEquals(201, created.status(), created::toString);
    }

    /** A new account; returns its address. The password is {@link #password(String)}. */
    String create(String localPart) {
        return create(localPart, null);
    }

    String create(String localPart, Long quotaBytes) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("localPart", localPart).add("password", password(localPart));
        if (quotaBytes != null) {
            body.add("quotaBytes", quotaBytes);
        }
        Http.Response created = Http.post(admin, "/api/domains/" + domain + "/accounts", body.build());
        assertEquals(201, created.status(), created::toString);
        localParts.add(localPart);
        return localPart + "@" + domain;
    }

    String password(String localPartOrAddress) {
        String local = localPartOrAddress.contains("@") ? localPartOrAddress.substring(0, localPartOrAddress.indexOf('@'))
                : localPartOrAddress;
        return "Mail-" + local + "-" + domain.substring(8, 16) + "-Pw1";
    }

    @Override
    public void close() {
        String token = Http.token("parley-admin", Suite.adminPassword());
        Http.Response accounts = Http.get(token, "/api/domains/" + domain + "/accounts");
        if (accounts.status() == 200) {
            accounts.jsonArray().getValuesAs(JsonObject.class).forEach(a ->
                    Http.delete(token, "/api/domains/" + domain + "/accounts/" + a.getString("localPart")));
        }
        Http.delete(token, "/api/domains/" + domain);
    }

    /** Plain IMAP on 2143 (the suite allows LOGIN before TLS by default: parley.mail.plaintext-auth). */
    static Store imap(String address, String password) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.host", HOST);
        props.put("mail.imap.port", String.valueOf(IMAP));
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "20000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(HOST, IMAP, address, password);
        return store;
    }

    static Folder open(Store store, String name, int mode) throws MessagingException {
        Folder folder = store.getFolder(name);
        folder.open(mode);
        return folder;
    }

    /** The certificate {@code bin/parley up} generated, as the only trusted one. */
    static SSLSocketFactory trustingSuiteCertificate() throws Exception {
        Path cert = Suite.home().resolve("tls/cert.pem");
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trust.setCertificateEntry("parley", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
