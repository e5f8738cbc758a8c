package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of the last token response (sign-in, sign-up, refresh ...), immutable.
 *
 * <p>{@link #toString()} never shows a token. {@link #accessToken()} and
 * {@link #refreshToken()} are there for the program that needs them (to call another service
 * with the access token, say): never log them yourself.
 */
public final class Session {
    private final String accessToken;
    private final String refreshToken;
    private final String tokenType;
    private final Instant expiresAt;
    private final String scope;
    private final String sub;
    private final List<String> groups;

    private Session(Builder b) {
        if (b.accessToken == null || b.accessToken.isEmpty()) {
            throw new IllegalArgumentException("a session needs an access token");
        }
        this.accessToken = b.accessToken;
        this.refreshToken = b.refreshToken == null || b.refreshToken.isEmpty() ? null : b.refreshToken;
        this.tokenType = b.tokenType == null || b.tokenType.isEmpty() ? "Bearer" : b.tokenType;
        this.expiresAt = b.expiresAt;
        this.scope = b.scope;
        this.sub = b.sub;
        this.groups = List.copyOf(b.groups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this session's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.accessToken = accessToken;
        b.refreshToken = refreshToken;
        b.tokenType = tokenType;
        b.expiresAt = expiresAt;
        b.scope = scope;
        b.sub = sub;
        b.groups = new ArrayList<>(groups);
        return b;
    }

    /** Builds a {@link Session}; only the access token is required. */
    public static final class Builder {
        private String accessToken;
        private String refreshToken;
        private String tokenType;
        private Instant expiresAt;
        private String scope;
        private String sub;
        private List<String> groups = new ArrayList<>();

        private Builder() {}

        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** null: none (the session cannot be refreshed). */
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /** null: "Bearer". */
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /** null: unknown, treated as never expiring. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        public Builder sub(String sub) {
            this.sub = sub;
            return this;
        }

        public Builder groups(List<String> groups) {
            this.groups = new ArrayList<>(groups == null ? List.of() : groups);
            return this;
        }

        public Session build() {
            return new Session(this);
        }
    }

    public String accessToken() {
        return accessToken;
    }

    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    public String tokenType() {
        return tokenType;
    }

    /** When the access token expires; empty when unknown (never refreshed by time). */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public Optional<String> sub() {
        return Optional.ofNullable(sub);
    }

    public List<String> groups() {
        return groups;
    }

    /** True when the access token expires within {@code margin} of {@code now} (or has). */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !expiresAt.minus(margin).isAfter(now);
    }

    String authorization() {
        return tokenType + " " + accessToken;
    }

    boolean sameTokens(Session other) {
        return other != null && accessToken.equals(other.accessToken) && Objects.equals(refreshToken, other.refreshToken);
    }

    /** A session from a token response: {@code expires_in} seconds from {@code now}. */
    static Session fromTokenResponse(JsonNode body, Instant now) {
        JsonNode access = body.get("access_token");
        if (access == null || !access.isTextual() || access.textValue().isEmpty()) {
            throw new IllegalArgumentException("the token response has no access_token");
        }
        Builder b = builder().accessToken(access.textValue());
        JsonNode expiresIn = body.get("expires_in");
        if (expiresIn != null && expiresIn.isNumber() && expiresIn.doubleValue() > 0 && Double.isFinite(expiresIn.doubleValue())) {
            long nanos = new BigDecimal(expiresIn.asText()).movePointRight(9).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
            b.expiresAt(now.plusNanos(nanos));
        }
        b.refreshToken(text(body, "refresh_token"));
        b.tokenType(text(body, "token_type"));
        b.scope(text(body, "scope"));
        b.sub(text(body, "sub"));
        JsonNode groups = body.get("groups");
        if (groups != null && groups.isArray()) {
            List<String> names = new ArrayList<>();
            groups.forEach(g -> names.add(g.isTextual() ? g.textValue() : g.toString()));
            b.groups(names);
        }
        return b.build();
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.get(name);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /**
     * The stored form, shared with the Python, Go and PHP clients: a JSON object with
     * {@code expires_at} in epoch seconds (a number, or null).
     */
    String toStored() {
        ObjectNode o = Json.object();
        o.put("access_token", accessToken);
        if (refreshToken == null) {
            o.putNull("refresh_token");
        } else {
            o.put("refresh_token", refreshToken);
        }
        o.put("token_type", tokenType);
        if (expiresAt == null) {
            o.putNull("expires_at");
        } else {
            o.put("expires_at", BigDecimal.valueOf(expiresAt.getEpochSecond()).add(BigDecimal.valueOf(expiresAt.getNano(), 9)).stripTrailingZeros());
        }
        putNullable(o, "scope", scope);
        putNullable(o, "sub", sub);
        ArrayNode g = o.putArray("groups");
        groups.forEach(g::add);
        return Json.writeString(o);
    }

    private static void putNullable(ObjectNode o, String name, String value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    /** The inverse of {@link #toStored()}; throws IllegalArgumentException for anything else. */
    static Session fromStored(String raw) {
        JsonNode o;
        try {
            o = Json.parse(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Json.NotJson e) {
            throw new IllegalArgumentException("the stored session is not JSON");
        }
        if (!o.isObject()) {
            throw new IllegalArgumentException("the stored session is not a JSON object");
        }
        String access = text(o, "access_token");
        if (access == null || access.isEmpty()) {
            throw new IllegalArgumentException("the stored session has no access_token");
        }
        Builder b = builder().accessToken(access).refreshToken(text(o, "refresh_token")).tokenType(text(o, "token_type"))
                .scope(text(o, "scope")).sub(text(o, "sub"));
        JsonNode expires = o.get("expires_at");
        if (expires != null && expires.isNumber()) {
            BigDecimal seconds = expires.decimalValue();
            long whole = seconds.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            b.expiresAt(Instant.ofEpochSecond(whole, nanos));
        }
        JsonNode groups = o.get("groups");
        if (groups != null && groups.isArray()) {
            List<String> names = new ArrayList<>();
            groups.forEach(g -> names.add(g.isTextual() ? g.textValue() : g.toString()));
            b.groups(names);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "Session{tokenType=" + tokenType + ", sub=" + sub + ", scope=" + scope + ", groups=" + groups
                + ", expiresAt=" + (expiresAt == null ? "unknown" : expiresAt.toString())
                + ", accessToken=" + Redaction.REDACTED
                + ", refreshToken=" + (refreshToken == null ? "none" : Redaction.REDACTED) + "}";
    }
}
