// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Configures a client: {@code CloudBaseAuth.builder().envId("my-env").build()}. Only the
 * environment id is required; every other value has a default.
 *
 * @param <C> the client it builds
 */
public final class ClientBuilder<C> {
    /** Each call's deadline unless set: connecting, the whole answer, retries and their waits. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Retries of a call where they are safe, unless set. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** The largest answer read, unless set. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L << 20;
    /** The region unless set. */
    public static final String DEFAULT_REGION = "ap-shanghai";

    final SpecData spec;
    private final Function<ClientCore, C> factory;
    String envId;
    String region = DEFAULT_REGION;
    String baseUrl;
    String clientId;
    String clientSecret;
    Tc3Credentials tc3;
    TokenStorage storage;
    HttpClient httpClient;
    String deviceId;
    int maxRetries = DEFAULT_MAX_RETRIES;
    Duration timeout = DEFAULT_TIMEOUT;
    long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    System.Logger logger;
    Executor executor;
    Clock clock = Clock.systemUTC();

    ClientBuilder(SpecData spec, Function<ClientCore, C> factory) {
        this.spec = spec;
        this.factory = factory;
    }

    /** The CloudBase environment id (required). */
    public ClientBuilder<C> envId(String envId) {
        this.envId = envId;
        return this;
    }

    /**
     * The environment's region (default {@code ap-shanghai}): it picks the gateway. An unknown
     * region is an error listing the known ones.
     */
    public ClientBuilder<C> region(String region) {
        this.region = region;
        return this;
    }

    /**
     * Sends every call to this URL instead of the region's gateway (it must end in
     * {@code /auth/v1}, e.g. an emulator's {@code http://127.0.0.1:8080/auth/v1}).
     */
    public ClientBuilder<C> baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** The application's client id (default: the environment id). */
    public ClientBuilder<C> clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /** The client secret, for the operations that authenticate with client credentials. Never shown. */
    public ClientBuilder<C> clientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
        return this;
    }

    /**
     * The API key pair that signs the TC3-authenticated operation (getClientCredential); with it
     * the client also renews its administrator token by itself when it expires.
     */
    public ClientBuilder<C> tc3Credentials(Tc3Credentials credentials) {
        this.tc3 = credentials;
        return this;
    }

    /** Where the session and device id are kept (default: a new {@link MemoryTokenStorage}). */
    public ClientBuilder<C> storage(TokenStorage storage) {
        this.storage = storage;
        return this;
    }

    /**
     * The JDK HTTP client to call with (its proxy, TLS and executor settings). It must not follow
     * redirects: a redirect could carry credentials to another host.
     */
    public ClientBuilder<C> httpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
        return this;
    }

    /** The x-device-id (default: the stored one, or a new random one; stored either way). */
    public ClientBuilder<C> deviceId(String deviceId) {
        this.deviceId = deviceId;
        return this;
    }

    /** How many times a call is retried where that is safe; 0 disables retries (default 2). */
    public ClientBuilder<C> maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        this.maxRetries = maxRetries;
        return this;
    }

    /** Each call's deadline, retries and their waits included (default 30 s). */
    public ClientBuilder<C> timeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        this.timeout = timeout;
        return this;
    }

    /** The largest answer read (default 8 MiB); a bigger one is an {@link InvalidResponseException}. */
    public ClientBuilder<C> maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * Where the client logs (each attempt, retry, answer and error at DEBUG, warnings at
     * WARNING; every secret redacted). Default: {@code System.getLogger("io.github.cloudbaseauth")}.
     */
    public ClientBuilder<C> logger(System.Logger logger) {
        this.logger = logger;
        return this;
    }

    /** Where the async twin runs its calls (default: the client's own daemon threads). */
    public ClientBuilder<C> executor(Executor executor) {
        this.executor = executor;
        return this;
    }

    /** The clock of sessions and signatures (default the system clock; for tests). */
    public ClientBuilder<C> clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * The client.
     *
     * @throws IllegalArgumentException for a missing or bad setting (the message says which)
     * @throws StorageException when the storage cannot be read
     */
    public C build() {
        return factory.apply(new ClientCore(this));
    }
}
