// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies the access tokens callers send to a backend or gateway: it asks the service
 * ({@code GET /token/introspect} with the token as the Bearer token) and caches the answer, so a
 * busy service is asked once per token per {@code maxTtl}, not once per request.
 *
 * <pre>{@code
 * TokenVerifier verifier = TokenVerifier.builder(auth).maxTtl(Duration.ofMinutes(1)).build();
 * VerifiedToken caller = verifier.verify(token); // TokenInactiveException: 401; VerificationUnavailableException: 503
 * }</pre>
 *
 * <p>An active answer is kept until {@code min(exp, now + maxTtl)}, an inactive one for
 * {@code negativeTtl}, in two LRUs (active and inactive apart, so a flood of junk tokens cannot
 * evict the valid ones) of {@code cacheSize} entries each, keyed by the token's SHA-256: the token
 * itself is never kept. One introspection per token at a time, however many threads ask: the
 * others wait for its answer. Failures are never cached and never let a token in (fail closed).
 * A revoked token is refused at most {@code maxTtl} after its revocation.
 *
 * <p>The client's own session, if any, is neither used nor changed. Thread-safe: build one per
 * process and share it.
 */
public final class TokenVerifier {
    /** Entries of each LRU unless set. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;
    /** How long an active answer is trusted unless set: the longest a revoked token keeps working. */
    public static final Duration DEFAULT_MAX_TTL = Duration.ofMinutes(1);
    /**
     * How long an inactive answer is kept unless set (a token never becomes valid again; this
     * only bounds memory churn and lets an operator's mistake, such as a wrong environment, heal).
     */
    public static final Duration DEFAULT_NEGATIVE_TTL = Duration.ofSeconds(10);
    /** Longer "tokens" are refused without asking the service (access tokens are about 1 KiB). */
    public static final int MAX_TOKEN_LENGTH = 8192;

    // The reasons of TokenInactiveException (a middleware may show them: they never hold the token).
    private static final String NOT_ACTIVE = "the token is not active";
    private static final String HAS_EXPIRED = "the token has expired";
    private static final String MALFORMED = "the token is malformed";
    // RFC 6750's b64token (token68): what a Bearer token is made of, before its "=" padding.
    private static final boolean[] TOKEN68 = new boolean[128];

    static {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/".toCharArray()) {
            TOKEN68[c] = true;
        }
    }

    private final ClientCore core;
    private final OperationSpec introspect;
    private final int cacheSize;
    private final Duration maxTtl;
    private final Duration negativeTtl;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicLong introspections = new AtomicLong();

    private final Object lock = new Object();
    private final Map<Key, Entry> active; // guarded by lock
    private final Map<Key, Entry> inactive; // guarded by lock
    private final Map<Key, CompletableFuture<Outcome>> flights = new HashMap<>(); // guarded by lock

    private TokenVerifier(Builder b) {
        this.core = b.client.core;
        this.introspect = core.spec.introspect();
        if (introspect == null) {
            throw new IllegalStateException("this API has no introspection operation (introspectToken) to verify tokens with");
        }
        this.cacheSize = b.cacheSize;
        this.maxTtl = b.maxTtl;
        this.negativeTtl = b.negativeTtl;
        this.timeout = b.timeout;
        this.clock = b.clock;
        this.active = lru(cacheSize);
        this.inactive = lru(cacheSize);
    }

    /** A builder of a verifier that asks the service through {@code client} (a {@code CloudBaseAuth}). */
    public static Builder builder(AuthClient client) {
        if (client == null) {
            throw new IllegalArgumentException("TokenVerifier.builder: the client is required");
        }
        return new Builder(client);
    }

    /** Configures a {@link TokenVerifier}; every setting has a default. */
    public static final class Builder {
        private final AuthClient client;
        private int cacheSize = DEFAULT_CACHE_SIZE;
        private Duration maxTtl = DEFAULT_MAX_TTL;
        private Duration negativeTtl = DEFAULT_NEGATIVE_TTL;
        private Duration timeout;
        private Clock clock = Clock.systemUTC();

        private Builder(AuthClient client) {
            this.client = client;
        }

        /** Entries of each LRU, active and inactive answers apart (default 10,000). */
        public Builder cacheSize(int cacheSize) {
            if (cacheSize < 1) {
                throw new IllegalArgumentException("cacheSize must be at least 1");
            }
            this.cacheSize = cacheSize;
            return this;
        }

        /**
         * How long an active answer is trusted, so the longest a revoked token keeps working
         * (default 1 minute; zero asks the service on every request).
         */
        public Builder maxTtl(Duration maxTtl) {
            this.maxTtl = nonNegative(maxTtl, "maxTtl");
            return this;
        }

        /** How long an inactive answer is kept (default 10 s). */
        public Builder negativeTtl(Duration negativeTtl) {
            this.negativeTtl = nonNegative(negativeTtl, "negativeTtl");
            return this;
        }

        /** The deadline of each introspection, its retries included (default: the client's timeout). */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The clock the cache ages by and expiries are compared with (default the system clock; for tests). */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = clock;
            return this;
        }

        /**
         * The verifier.
         *
         * @throws IllegalStateException when the client's API has no introspection operation
         */
        public TokenVerifier build() {
            return new TokenVerifier(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more");
            }
            return d;
        }
    }

    /** The longest a revoked token can still be accepted. */
    public Duration maxTtl() {
        return maxTtl;
    }

    /** How many introspections this verifier has sent (for metrics). */
    public long introspections() {
        return introspections.get();
    }

    /** Forgets every cached answer (say, after a mass revocation). */
    public void clear() {
        synchronized (lock) {
            active.clear();
            inactive.clear();
        }
    }

    /** The settings and the number of cached answers, never a token. */
    @Override
    public String toString() {
        int cached;
        synchronized (lock) {
            cached = active.size() + inactive.size();
        }
        return "TokenVerifier{cacheSize=" + cacheSize + ", maxTtl=" + maxTtl + ", negativeTtl=" + negativeTtl + ", cached=" + cached + "}";
    }

    // -- the call ---------------------------------------------------------------------------------

    /**
     * What the service says about {@code token}, if it is active.
     *
     * @throws TokenInactiveException the token is not active, or malformed ({@link TokenExpiredException}: its expiry has passed)
     * @throws VerificationUnavailableException the service could not be asked: refuse the request
     */
    public VerifiedToken verify(String token) {
        Key key = keyOf(token);
        Outcome cached;
        synchronized (lock) {
            cached = cachedLocked(key);
        }
        if (cached != null) {
            return cached.settle();
        }
        // Only on a miss: only well-formed tokens are ever asked about, so ever cached.
        checkSyntax(token);
        CompletableFuture<Outcome> flight;
        boolean leader;
        synchronized (lock) {
            cached = cachedLocked(key); // again: an answer may have arrived meanwhile
            if (cached != null) {
                return cached.settle();
            }
            flight = flights.get(key);
            leader = flight == null;
            if (leader) {
                flight = new CompletableFuture<>();
                flights.put(key, flight);
            }
        }
        if (!leader) {
            return await(flight).settle();
        }
        Outcome outcome = Outcome.unavailable("the introspection did not finish", null);
        try {
            outcome = introspect(token, key);
        } finally {
            synchronized (lock) {
                flights.remove(key);
            }
            flight.complete(outcome);
        }
        return outcome.settle();
    }

    private static Outcome await(CompletableFuture<Outcome> flight) {
        try {
            return flight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.unavailable("interrupted while waiting for the token's introspection", null);
        } catch (ExecutionException e) {
            // Never: a flight is only ever completed with an outcome.
            return Outcome.unavailable("the introspection failed", e.getCause());
        }
    }

    // -- asking the service ---------------------------------------------------------------------------

    private Outcome introspect(String token, Key key) {
        introspections.incrementAndGet();
        JsonNode answer;
        try {
            RequestOptions.Builder options = RequestOptions.builder().bearerToken(token);
            if (timeout != null) {
                options.timeout(timeout);
            }
            answer = core.execute(new Call(introspect), options.build(), node -> node);
        } catch (ApiException e) {
            if (e.status() == 401 || "unauthenticated".equals(e.error())) {
                // The token is the request's only credential: the service refused the token itself.
                return store(Json.object(), token, key);
            }
            // The description is not repeated: it could echo the token (the cause's is redacted).
            return Outcome.unavailable("could not verify the token with the service: " + e.error() + " (HTTP " + e.status() + ")", e);
        } catch (ConnectionException e) {
            return Outcome.unavailable("could not verify the token with the service: no answer (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) { // fail closed, whatever went wrong
            return Outcome.unavailable("could not verify the token with the service: an unexpected " + e.getClass().getSimpleName(), e);
        }
        return store(answer, token, key);
    }

    /** Turns an introspection answer into the outcome, and caches it. */
    private Outcome store(JsonNode answer, String token, Key key) {
        if (answer == null || !answer.isObject()) {
            return Outcome.unavailable("the introspection answer is not a JSON object", null);
        }
        Instant now = clock.instant();
        Instant exp = expiry(answer, token);
        JsonNode activeFlag = answer.get("active");
        if (answer.size() == 0 || (activeFlag != null && activeFlag.isBoolean() && !activeFlag.booleanValue())) {
            boolean expired = exp != null && !exp.isAfter(now);
            synchronized (lock) {
                inactive.put(key, new Entry(null, now.plus(negativeTtl), expired));
            }
            return expired ? Outcome.expired() : Outcome.inactive(NOT_ACTIVE);
        }
        String sub = text(answer, "sub");
        if (sub == null || sub.isEmpty()) {
            return Outcome.unavailable("the introspection answer has no subject (sub)", null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) Json.plain(answer);
        VerifiedToken verified = new VerifiedToken(sub, text(answer, "scope"), text(answer, "client_id"), text(answer, "token_type"),
                exp, groups(answer.get("groups")), claims);
        Duration life = maxTtl;
        boolean expires = false;
        if (exp != null) {
            Duration left = Duration.between(now, exp);
            if (left.compareTo(life) <= 0) {
                life = left;
                expires = true;
            }
        }
        // life <= 0: active at the service but expired by our clock (skew): believed, not cached.
        if (life.compareTo(Duration.ZERO) > 0) {
            synchronized (lock) {
                active.put(key, new Entry(verified, now.plus(life), expires));
            }
        }
        return Outcome.of(verified);
    }

    // -- the cache (called with the lock held) -----------------------------------------------------------

    private Outcome cachedLocked(Key key) {
        Instant now = clock.instant();
        Entry e = active.get(key); // an access-ordered map: a hit becomes the most recent
        if (e != null) {
            if (now.isBefore(e.until)) {
                return Outcome.of(e.token);
            }
            active.remove(key);
            return e.expires ? Outcome.expired() : null;
        }
        e = inactive.get(key);
        if (e != null) {
            if (now.isBefore(e.until)) {
                return e.expires ? Outcome.expired() : Outcome.inactive(NOT_ACTIVE);
            }
            inactive.remove(key);
        }
        return null;
    }

    private static <V> Map<Key, V> lru(int size) {
        return new LinkedHashMap<Key, V>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > size;
            }
        };
    }

    /** One cached answer: {@code token} null for an inactive one; usable while now is before {@code until}. */
    private static final class Entry {
        final VerifiedToken token;
        final Instant until;
        final boolean expires; // until is the token's own expiry: reaching it means expired

        Entry(VerifiedToken token, Instant until, boolean expires) {
            this.token = token;
            this.until = until;
            this.expires = expires;
        }
    }

    /** A token's SHA-256, the cache's key (the token itself is never kept). */
    private record Key(long a, long b, long c, long d) {}

    /** The cache key of a token; TokenInactiveException for no token, a huge one or one that is not ASCII. */
    private static Key keyOf(String token) {
        if (token == null || token.isEmpty()) {
            throw new TokenInactiveException("no token");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenInactiveException(MALFORMED);
        }
        byte[] bytes = new byte[token.length()];
        for (int i = 0; i < bytes.length; i++) {
            char ch = token.charAt(i);
            if (ch > 127) {
                throw new TokenInactiveException(MALFORMED);
            }
            bytes[i] = (byte) ch;
        }
        ByteBuffer digest;
        try {
            digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e); // every JDK has it
        }
        return new Key(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
    }

    /** TokenInactiveException for a token that is not token68, so never sent to the service. */
    private static void checkSyntax(String token) {
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            throw new TokenInactiveException(MALFORMED);
        }
        for (int i = 0; i < end; i++) {
            char ch = token.charAt(i);
            if (ch >= 128 || !TOKEN68[ch]) {
                throw new TokenInactiveException(MALFORMED);
            }
        }
    }

    // -- reading the answer ---------------------------------------------------------------------------------

    private static String text(JsonNode answer, String name) {
        JsonNode v = answer.get(name);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** Group ids from a list of strings or of {id: ...} objects (as /user/me lists them). */
    private static List<String> groups(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    out.add(item.textValue());
                } else if (item.isObject() && item.path("id").isTextual()) {
                    out.add(item.get("id").textValue());
                }
            }
        }
        return out;
    }

    /**
     * The token's expiry: the answer's {@code exp} (RFC 7662), else the token's own {@code exp}
     * claim, else null. Reading the claim unverified is sound here: it only ever shortens how long
     * an answer is trusted, and the service has just vouched for (or refused) this very token.
     */
    static Instant expiry(JsonNode answer, String token) {
        Instant exp = instant(answer.get("exp"));
        if (exp != null) {
            return exp;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null; // an opaque token: only maxTtl bounds the cache
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1].replaceAll("=+$", ""));
            JsonNode claims = Json.parse(payload);
            return claims.isObject() ? instant(claims.get("exp")) : null;
        } catch (IllegalArgumentException | Json.NotJson e) {
            return null;
        }
    }

    private static Instant instant(JsonNode seconds) {
        if (seconds == null || !seconds.isNumber()) {
            return null;
        }
        BigDecimal value = seconds.decimalValue();
        if (value.abs().compareTo(BigDecimal.valueOf(1e15)) >= 0) {
            return null;
        }
        BigDecimal whole = value.setScale(0, java.math.RoundingMode.FLOOR);
        return Instant.ofEpochSecond(whole.longValueExact(), value.subtract(whole).movePointRight(9).longValue());
    }

    // -- outcomes ---------------------------------------------------------------------------------------------

    /** The result of one introspection, shared by every thread that waited for it. */
    private static final class Outcome {
        private static final Outcome EXPIRED = new Outcome(null, Kind.EXPIRED, HAS_EXPIRED, null);

        enum Kind { ACTIVE, INACTIVE, EXPIRED, UNAVAILABLE }

        final VerifiedToken token;
        final Kind kind;
        final String reason;
        final Throwable cause;

        private Outcome(VerifiedToken token, Kind kind, String reason, Throwable cause) {
            this.token = token;
            this.kind = kind;
            this.reason = reason;
            this.cause = cause;
        }

        static Outcome of(VerifiedToken token) {
            return new Outcome(token, Kind.ACTIVE, null, null);
        }

        static Outcome inactive(String reason) {
            return new Outcome(null, Kind.INACTIVE, reason, null);
        }

        static Outcome expired() {
            return EXPIRED;
        }

        static Outcome unavailable(String reason, Throwable cause) {
            return new Outcome(null, Kind.UNAVAILABLE, reason, cause);
        }

        /** The verified token, or a fresh exception of this caller's own (one per thread). */
        VerifiedToken settle() {
            switch (kind) {
                case ACTIVE:
                    return token;
                case INACTIVE:
                    throw new TokenInactiveException(reason);
                case EXPIRED:
                    throw new TokenExpiredException(reason);
                default:
                    throw new VerificationUnavailableException(reason, cause);
            }
        }
    }
}
