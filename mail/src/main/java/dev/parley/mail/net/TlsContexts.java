package dev.parley.mail.net;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;

/**
 * Server {@link SslContext}s for the mail listeners, from key material the caller points to. The
 * caller owns the passwords and should wipe them afterwards; nothing here logs them.
 */
public final class TlsContexts {

    /** TLS 1.2 and 1.3 only (RFC 8996 deprecates older versions; RFC 8314 §4.1). */
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsContexts() {
    }

    /** From a PEM certificate chain and a PKCS#8 PEM private key (optionally encrypted). */
    public static SslContext fromPem(Path certificateChain, Path privateKey, char[] keyPassword) throws SSLException {
        requireFile(certificateChain);
        requireFile(privateKey);
        String password = keyPassword == null ? null : new String(keyPassword);
        return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile(), password)
                .protocols(PROTOCOLS)
                .build();
    }

    /** From a PKCS#12 (or any type {@link KeyStore} knows) file holding one private key entry. */
    public static SslContext fromKeyStore(Path keyStore, String type, char[] password) throws SSLException {
        requireFile(keyStore);
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance(type == null ? "PKCS12" : type);
            store.load(in, password);
            return fromKeyStore(store, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new SSLException("cannot read key store " + keyStore + ": " + e.getMessage(), e);
        }
    }

    /** From a loaded key store, e.g. one built in memory by a test. */
    public static SslContext fromKeyStore(KeyStore store, char[] password) throws SSLException {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password == null ? new char[0] : Arrays.copyOf(password, password.length));
            return SslContextBuilder.forServer(kmf).protocols(PROTOCOLS).build();
        } catch (GeneralSecurityException e) {
            throw new SSLException("unusable key store: " + e.getMessage(), e);
        }
    }

    private static void requireFile(Path file) throws SSLException {
        if (file == null || !Files.isReadable(file)) {
            throw new SSLException("not a readable file: " + file);
        }
    }
}
