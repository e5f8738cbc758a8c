// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the service said about an active token, never the token itself. Immutable.
 *
 * <p>{@link #sub()} is the user id (for an administrator's token, the SecretId it was issued
 * to), {@link #scope()} the space-separated scopes, {@link #expiresAt()} the token's expiry (the
 * answer's {@code exp}, else the token's own {@code exp} claim), {@link #groups()} the group ids
 * when the answer lists them, and {@link #claims()} the whole introspection answer.
 */
public final class VerifiedToken {
    private final String sub;
    private final String scope;
    private final String clientId;
    private final String tokenType;
    private final Instant expiresAt;
    private final List<String> groups;
    private final Map<String, Object> claims;

    VerifiedToken(String sub, String scope, String clientId, String tokenType, Instant expiresAt, List<String> groups,
            Map<String, Object> claims) {
        this.sub = Objects.requireNonNull(sub, "sub");
        this.scope = scope == null ? "" : scope;
        this.clientId = clientId;
        this.tokenType = tokenType;
        this.expiresAt = expiresAt;
        this.groups = List.copyOf(groups);
        this.claims = frozen(claims);
    }

    /** The user id the token belongs to. */
    public String sub() {
        return sub;
    }

    /** The scopes the token grants, space-separated ("" when the answer names none). */
    public String scope() {
        return scope;
    }

    /** The scopes as a set, in their order. */
    public Set<String> scopes() {
        Set<String> out = new LinkedHashSet<>();
        for (String s : scope.split(" ")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** True when the token grants {@code scope}: {@code token.hasScope("user")}. */
    public boolean hasScope(String scope) {
        return scopes().contains(scope);
    }

    /** The client (environment) the token was issued to. */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** {@code Bearer} for an access token. */
    public Optional<String> tokenType() {
        return Optional.ofNullable(tokenType);
    }

    /** When the token expires; empty when neither the answer nor the token says. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** The group ids, when the answer lists them (empty otherwise). */
    public List<String> groups() {
        return groups;
    }

    /** The whole introspection answer as plain, unmodifiable values (Map, List, String, Long, Double, Boolean). */
    public Map<String, Object> claims() {
        return claims;
    }

    @SuppressWarnings("unchecked")
    private static <T> T frozen(T value) {
        if (value instanceof Map<?, ?>) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), frozen(v)));
            return (T) Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            ((List<?>) value).forEach(v -> out.add(frozen(v)));
            return (T) Collections.unmodifiableList(out);
        }
        return value;
    }

    /** Who and what, never a token (the answer holds none). */
    @Override
    public String toString() {
        return "VerifiedToken{sub=" + sub + ", scope=" + scope + ", clientId=" + clientId + ", tokenType=" + tokenType
                + ", expiresAt=" + (expiresAt == null ? "unknown" : expiresAt.toString()) + ", groups=" + groups + "}";
    }
}
