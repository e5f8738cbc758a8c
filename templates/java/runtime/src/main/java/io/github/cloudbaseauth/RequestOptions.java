package io.github.cloudbaseauth;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Options of one call (not of the client): its request id, extra headers, another user's
 * Bearer token, its own timeout. Immutable; {@link #none()} is the default.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();
    // The JDK's HttpClient refuses these; the client sets them itself.
    private static final Set<String> RESTRICTED = Set.of("host", "connection", "content-length", "expect", "upgrade");

    private final String requestId;
    private final Map<String, String> headers;
    private final Duration timeout;

    private RequestOptions(Builder b) {
        this.requestId = b.requestId;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.timeout = b.timeout;
    }

    /** No option: a fresh request id, the client's headers and timeout. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Extra headers, names lower-cased. */
    Map<String, String> headers() {
        return headers;
    }

    Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Names the headers, never a value (one may be a token). */
    @Override
    public String toString() {
        return "RequestOptions{requestId=" + requestId + ", headers=" + headers.keySet() + ", timeout=" + timeout + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private String requestId;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Duration timeout;

        private Builder() {}

        /** The x-request-id of the call (default: a fresh one). */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Adds a header (replacing one of the client's own, such as x-request-id). */
        public Builder header(String name, String value) {
            String lowered = name.toLowerCase(Locale.ROOT);
            if (RESTRICTED.contains(lowered)) {
                throw new IllegalArgumentException("the " + name + " header is set by the HTTP client itself");
            }
            headers.put(lowered, value);
            return this;
        }

        /**
         * Sends {@code token} as the Bearer token of this call (another user's, say): the client's
         * own session is neither used, nor refreshed, nor cleared by it.
         */
        public Builder bearerToken(String token) {
            return header("authorization", "Bearer " + token);
        }

        /** This call's deadline: connecting, every byte of the answer, retries and their waits. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
