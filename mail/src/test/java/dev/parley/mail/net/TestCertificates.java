package dev.parley.mail.net;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed RSA certificate for TLS tests, built with public JCA APIs and a few lines of DER
 * (RFC 5280 §4.1). Netty's {@code SelfSignedCertificate} needs BouncyCastle or access to
 * {@code sun.security.x509}, which Java 17 denies; neither is available here.
 */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** A PKCS#12 key store in memory holding key and certificate for {@code cn} under alias "server". */
    public static KeyStore keyStore(String cn, char[] password) throws GeneralSecurityException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate cert = selfSigned(pair, cn);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", pair.getPrivate(), password, new Certificate[] {cert});
            return store;
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static X509Certificate selfSigned(KeyPair pair, String cn) throws GeneralSecurityException {
        byte[] sha256WithRsa = der(0x30, cat(der(0x06, new byte[] {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 1, 1, 0x0B}),
                der(0x05, new byte[0])));
        byte[] name = der(0x30, der(0x31, der(0x30, cat(der(0x06, new byte[] {0x55, 0x04, 0x03}),
                der(0x0C, cn.getBytes(StandardCharsets.UTF_8))))));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
        byte[] validity = der(0x30, cat(der(0x17, utc.format(now.minusDays(1)).getBytes(StandardCharsets.US_ASCII)),
                der(0x17, utc.format(now.plusDays(30)).getBytes(StandardCharsets.US_ASCII))));
        byte[] version = der(0xA0, der(0x02, new byte[] {2}));
        byte[] serial = der(0x02, BigInteger.valueOf(System.nanoTime() & 0x7fffffffL).toByteArray());
        byte[] tbs = der(0x30, cat(version, serial, sha256WithRsa, name, validity, name, pair.getPublic().getEncoded()));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(tbs);
        byte[] signature = cat(new byte[] {0}, signer.sign());
        byte[] certificate = der(0x30, cat(tbs, sha256WithRsa, der(0x03, signature)));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 128) {
            out.write(n);
        } else if (n < 256) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
