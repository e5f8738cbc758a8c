// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Custom-login tickets, minted exactly as {@code @cloudbase/node-sdk} 3.18.3's
 * {@code createTicket} and the Python and Go clients: {@code private_key_id + "/@@/" + a JWT},
 * RS256 over the header {@code {"alg":"RS256","typ":"JWT"}} and the payload, in this key order:
 * {@code alg} ("RS256" again), {@code env}, {@code iat} (now, epoch milliseconds), {@code exp}
 * ({@code iat} + 600000: ten minutes), {@code uid}, {@code refresh} (a duration in ms, default one
 * hour) and {@code expire} (an absolute epoch time in ms, default {@code iat} + seven days).
 * RS256 (PKCS #1 v1.5) signatures are deterministic, so for the same key, clock and arguments
 * the bytes are the same as theirs.
 */
public final class CustomLoginTicket {
    static final long LIFETIME_MS = 10 * 60 * 1000L;
    static final Duration DEFAULT_REFRESH = Duration.ofHours(1);
    static final Duration DEFAULT_EXPIRES_IN = Duration.ofDays(7);
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final String UID_RULE = "4-32 characters from letters, digits and _-#@~=*(){}[]:.,<>+";
    /** node-sdk's checkCustomUserIdRegex. */
    private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_\\-#@~=*(){}\\[\\]:.,<>+]{4,32}");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private CustomLoginTicket() {}

    /** {@link #create(TicketCredentials, String, Options)} with the default options. */
    public static String create(TicketCredentials credentials, String uid) {
        return create(credentials, uid, Options.builder().build());
    }

    /**
     * A custom-login ticket for {@code uid}, for the {@code signInCustom} operation
     * ({@code POST /auth/v1/signin/custom}). The ticket itself is valid for ten minutes.
     *
     * @throws TicketException for a bad uid, or credentials that are incomplete, belong to
     *     another environment or hold no RSA private key
     */
    public static String create(TicketCredentials credentials, String uid, Options options) {
        if (uid == null || !UID.matcher(uid).matches()) {
            throw new TicketException("invalid uid: " + (uid == null ? "null" : jsString(uid)) + " (" + UID_RULE + ")");
        }
        long iat = options.clock.millis();
        String env = credentials.envId();
        if (env == null || env.isEmpty()) {
            throw new TicketException(
                    "the credentials contain no env_id: download a new custom-login private key from the CloudBase console");
        }
        if (options.envId != null && !options.envId.equals(env)) {
            throw new TicketException("the credentials belong to env " + jsString(env) + ", not to " + jsString(options.envId));
        }
        if (!wellFormed(env)) {
            throw new TicketException("the env_id is not valid Unicode text");
        }
        if (credentials.privateKeyId() == null || credentials.privateKeyId().isEmpty()) {
            throw new TicketException("the credentials contain no private_key_id");
        }
        if (credentials.privateKey() == null || credentials.privateKey().isBlank()) {
            throw new TicketException("the credentials contain no private_key");
        }
        long refresh = (options.refresh == null ? DEFAULT_REFRESH : options.refresh).toMillis();
        long expire = options.expireAt == null ? iat + DEFAULT_EXPIRES_IN.toMillis() : options.expireAt.toEpochMilli();
        PrivateKey key = privateKey(credentials.privateKey());
        String payload = "{\"alg\":\"RS256\",\"env\":" + jsString(env) + ",\"iat\":" + iat + ",\"exp\":" + (iat + LIFETIME_MS)
                + ",\"uid\":" + jsString(uid) + ",\"refresh\":" + refresh + ",\"expire\":" + expire + "}";
        String signingInput = b64(HEADER) + "." + b64(payload);
        byte[] signature;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            signature = rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new TicketException("private_key cannot sign with RS256");
        }
        return credentials.privateKeyId() + "/@@/" + signingInput + "." + B64.encodeToString(signature);
    }

    /** The optional arguments of {@link #create}. */
    public static final class Options {
        private final String envId;
        private final Duration refresh;
        private final Instant expireAt;
        private final Clock clock;

        private Options(Builder b) {
            this.envId = b.envId;
            this.refresh = b.refresh;
            this.expireAt = b.expireAt;
            this.clock = b.clock;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Options}; every value is optional. */
        public static final class Builder {
            private String envId;
            private Duration refresh;
            private Instant expireAt;
            private Clock clock = Clock.systemUTC();

            private Builder() {}

            /** When set, must equal the credentials' env_id (default: the credentials' own). */
            public Builder envId(String envId) {
                this.envId = envId;
                return this;
            }

            /** The "refresh" claim, a duration sent in milliseconds (default one hour). */
            public Builder refresh(Duration refresh) {
                this.refresh = refresh;
                return this;
            }

            /** The "expire" claim, an absolute time sent in epoch ms (default now + 7 days). */
            public Builder expireAt(Instant expireAt) {
                this.expireAt = expireAt;
                return this;
            }

            /** The clock of the "iat" claim (default the system clock; set it in tests). */
            public Builder clock(Clock clock) {
                this.clock = clock;
                return this;
            }

            public Options build() {
                return new Options(this);
            }
        }
    }

    private static String b64(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * JSON.stringify of a string (and Python's json.dumps with ensure_ascii=False): only '"',
     * '\' and control characters are escaped; "&lt;", "&gt;", "&amp;" and non-ASCII stay as they are.
     */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----", Pattern.DOTALL);

    /** A PEM RSA private key, PKCS #8 ("PRIVATE KEY") or PKCS #1 ("RSA PRIVATE KEY"). */
    static PrivateKey privateKey(String pem) {
        java.util.regex.Matcher m = PEM.matcher(pem.strip());
        if (!m.find()) {
            throw new TicketException("private_key is not a PEM RSA private key");
        }
        String type = m.group(1);
        if (type.equals("PUBLIC KEY") || type.equals("RSA PUBLIC KEY")) {
            throw new TicketException("private_key is a public key; a PEM RSA private key is needed");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new TicketException("private_key is not a PEM RSA private key");
        }
        if (type.equals("RSA PRIVATE KEY")) {
            der = pkcs1ToPkcs8(der);
        } else if (!type.equals("PRIVATE KEY")) {
            throw new TicketException("private_key is not a PEM RSA private key");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new TicketException("private_key is not a PEM RSA private key");
        }
    }

    /** PKCS #8 PrivateKeyInfo around a PKCS #1 RSAPrivateKey: the JDK reads only the former. */
    private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        // SEQUENCE { OID 1.2.840.113549.1.1.1 (rsaEncryption), NULL }
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(version);
        body.writeBytes(algorithm);
        body.writeBytes(der(0x04, pkcs1));
        return der(0x30, body.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n & 0xff);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write((n >> 8) & 0xff);
            out.write(n & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
