// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An API key pair (SecretId and SecretKey, plus a session token for temporary keys) that signs
 * requests with TC3-HMAC-SHA256, as {@code @cloudbase/node-sdk} signs
 * {@code POST /token/clientCredential}. {@link #toString()} never shows the key or the token.
 */
public final class Tc3Credentials {
    private static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final String SERVICE = "tcb";

    private final String secretId;
    private final String secretKey;
    private final String sessionToken;

    private Tc3Credentials(String secretId, String secretKey, String sessionToken) {
        String id = secretId == null ? "" : secretId.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("TC3 credentials: the secret id must not be empty");
        }
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("TC3 credentials: the secret key must not be empty");
        }
        this.secretId = id;
        this.secretKey = secretKey;
        this.sessionToken = sessionToken == null || sessionToken.isEmpty() ? null : sessionToken;
    }

    /** A permanent key pair. */
    public static Tc3Credentials of(String secretId, String secretKey) {
        return new Tc3Credentials(secretId, secretKey, null);
    }

    /** A temporary key pair and its session token. */
    public static Tc3Credentials of(String secretId, String secretKey, String sessionToken) {
        return new Tc3Credentials(secretId, secretKey, sessionToken);
    }

    /** The public half of the pair. */
    public String secretId() {
        return secretId;
    }

    String secretKey() {
        return secretKey;
    }

    Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    @Override
    public String toString() {
        return "Tc3Credentials{secretId=" + secretId + ", secretKey=" + Redaction.REDACTED
                + (sessionToken == null ? "" : ", sessionToken=" + Redaction.REDACTED) + "}";
    }

    /**
     * The Authorization value for one request, signing content-type and host (the two headers
     * TC3 requires): path and query as on the wire, body the exact bytes sent, timestamp in Unix
     * seconds. The credential scope's date is the UTC date of the timestamp.
     */
    String authorization(String method, String path, String query, String host, String contentType, byte[] body, long timestamp) {
        String type = contentType == null ? "" : contentType;
        if (type.startsWith("multipart/form-data")) {
            type = "multipart/form-data";
        }
        String headers = "content-type:" + type + "\nhost:" + host.strip().toLowerCase(Locale.ROOT) + "\n";
        String signed = "content-type;host";
        String canonical = String.join("\n", method, path, query, headers, signed, sha256Hex(body));
        String date = LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
        String scope = date + "/" + SERVICE + "/tc3_request";
        String toSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, SERVICE);
        key = hmac(key, "tc3_request");
        String signature = HexFormat.of().formatHex(hmac(key, toSign));
        String value = ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signed + ", Signature=" + signature
                + ", Timestamp=" + timestamp;
        return sessionToken == null ? value : value + ", Token=" + sessionToken;
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
