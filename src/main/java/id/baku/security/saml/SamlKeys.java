package id.baku.security.saml;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

/**
 * Baku's SAML signing keys: an RSA key and a self-signed certificate per pemda, the private key
 * encrypted with AES-GCM before it is stored. The encryption key comes from
 * {@code baku.saml.key-secret} (BAKU_SAML_KEY_SECRET; replicas must share it); without one Baku
 * makes a random secret in its data folder, fine for a single server.
 */
@Component
public class SamlKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SamlKeys.class);
    static final Duration VALIDITY = Duration.ofDays(3650);
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String configuredSecret;
    private final Path dataDir;
    private volatile SecretKeySpec key;

    SamlKeys(@Value("${baku.saml.key-secret:}") String configuredSecret,
             @Value("${baku.data-dir:./data}") String dataDir) {
        this.configuredSecret = configuredSecret;
        this.dataDir = Path.of(dataDir);
    }

    /** A new key pair with its self-signed certificate for the pemda {@code tenantCode}. */
    public Generated generate(String tenantCode, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=baku-" + tenantCode.replaceAll("[^a-z0-9-]", "") + ", O=Baku");
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new Generated(pem(certificate), encrypt(pair.getPrivate()));
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a SAML signing key", e);
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static X509Certificate certificate(String pemOrBase64) {
        String base64 = pemOrBase64.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an X.509 certificate", e);
        }
    }

    public String encrypt(PrivateKey privateKey) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(privateKey.getEncoded());
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a SAML key", e);
        }
    }

    public PrivateKey decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Unknown SAML key format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            byte[] pkcs8 = cipher.doFinal(all, 12, all.length - 12);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the SAML key (is BAKU_SAML_KEY_SECRET the one it was made with?)", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(sha256(secret()), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private String secret() {
        if (!configuredSecret.isBlank()) {
            return configuredSecret;
        }
        Path file = dataDir.resolve("saml-key.secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                Files.writeString(file, HexFormat.of().formatHex(random));
                // readable by Baku's user only, where the file system has POSIX permissions
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                LOG.warn("No BAKU_SAML_KEY_SECRET: made {} to encrypt SAML keys; replicas must share one secret", file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make " + file, e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new certificate (PEM) and its encrypted private key. */
    public record Generated(String certificatePem, String encryptedKey) {
    }
}
