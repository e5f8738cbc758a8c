package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.ConnectionException;
import io.github.cloudbaseauth.RequestOptions;
import io.github.cloudbaseauth.TokenInactiveException;
import io.github.cloudbaseauth.TokenVerifier;
import io.github.cloudbaseauth.TokenVerifierFilter;
import io.github.cloudbaseauth.VerificationUnavailableException;
import io.github.cloudbaseauth.VerifiedToken;
import io.github.cloudbaseauth.model.RevokeRequest;
import io.github.cloudbaseauth.model.TokenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * TokenVerifier and TokenVerifierFilter against the emulator: a real JDK HttpServer on a
 * loopback port in front of a handler, the emulator behind a counting proxy (also a JDK
 * HttpServer), so the introspections are counted where the service answers them.
 */
@Tag("e2e")
class VerifierTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // The proxy forwards everything but what the JDK's HttpClient sets itself.
    static final Set<String> HOP = Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding", "date");

    final List<HttpServer> servers = new ArrayList<>();
    final List<ExecutorService> pools = new ArrayList<>();

    /** A clock the test moves: the cache ages without sleeping. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
        pools.forEach(ExecutorService::shutdownNow);
    }

    HttpServer server() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Threads of its own: the app's requests wait for an introspection the proxy must serve.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        pools.add(pool);
        s.setExecutor(pool);
        servers.add(s);
        return s;
    }

    static String url(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    /** A proxy to the emulator that counts the introspections it forwards; its /auth/v1 URL. */
    String countingEmulator(AtomicInteger introspections) throws IOException {
        HttpServer proxy = server();
        proxy.createContext("/", exchange -> {
            try (exchange) {
                URI uri = exchange.getRequestURI();
                if (uri.getRawPath().endsWith("/token/introspect")) {
                    introspections.incrementAndGet();
                }
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(FlowsTest.emulator() + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
                        values.forEach(v -> forward.header(name, v));
                    }
                });
                HttpResponse<byte[]> answer;
                try {
                    answer = HTTP.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                HttpHeaders headers = answer.headers();
                headers.map().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                if (answer.body().length > 0) {
                    exchange.getResponseBody().write(answer.body());
                }
            }
        });
        proxy.start();
        return url(proxy) + "/auth/v1";
    }

    /** A backend behind the filter: /me answers the caller's sub, /health is public. */
    String backend(TokenVerifier verifier) throws IOException {
        HttpServer app = server();
        app.createContext("/", VerifierTest::me).getFilters().add(TokenVerifierFilter.builder(verifier).publicPaths("/health").build());
        app.start();
        return url(app);
    }

    static void me(HttpExchange exchange) throws IOException {
        String body = exchange.getRequestURI().getPath().equals("/health") ? "ok"
                : TokenVerifierFilter.verifiedToken(exchange).map(VerifiedToken::sub).orElse("no token!");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static HttpResponse<String> call(String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new anonymous user, signed in with a client of its own (the caller's device). */
    static TokenResponse caller() {
        return FlowsTest.client().signInAnonymously();
    }

    @Test
    void theFilterLetsAValidTokenInAndRefusesItOnceRevokedWithinMaxTtl() throws Exception {
        AtomicInteger introspections = new AtomicInteger();
        CloudBaseAuth client = CloudBaseAuth.builder().envId(FlowsTest.ENV).baseUrl(countingEmulator(introspections)).maxRetries(0).build();
        MovingClock clock = new MovingClock();
        TokenVerifier verifier = TokenVerifier.builder(client).maxTtl(Duration.ofSeconds(30)).clock(clock).build();
        String app = backend(verifier);
        TokenResponse tokens = caller();
        String token = tokens.accessToken();

        HttpResponse<String> ok = call(app + "/me", "Bearer " + token);
        assertEquals(200, ok.statusCode());
        assertEquals(tokens.sub().get(), ok.body());
        assertEquals("ok", call(app + "/health", null).body());
        HttpResponse<String> none = call(app + "/me", null);
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.headers().firstValue("www-authenticate").get());
        HttpResponse<String> malformed = call(app + "/me", "Bearer not a token");
        assertEquals(401, malformed.statusCode());
        assertTrue(malformed.headers().firstValue("www-authenticate").get().startsWith("Bearer error=\"invalid_token\""));
        assertEquals(1, introspections.get(), "one introspection: the rest was the cache or refused without asking");

        // The caller revokes its token at the service: trusted from the cache until maxTtl, refused after.
        FlowsTest.client().revokeToken(RevokeRequest.builder().token(token).build(), RequestOptions.builder().bearerToken(token).build());
        clock.now = clock.now.plusSeconds(29);
        assertEquals(200, call(app + "/me", "Bearer " + token).statusCode(), "within maxTtl: the documented latency");
        clock.now = clock.now.plusSeconds(1);
        HttpResponse<String> revoked = call(app + "/me", "Bearer " + token);
        assertEquals(401, revoked.statusCode());
        assertEquals("Bearer error=\"invalid_token\", error_description=\"the token is not active\"",
                revoked.headers().firstValue("www-authenticate").get());
        assertFalse(revoked.body().contains(token));
        assertEquals(2, introspections.get());
        assertThrows(TokenInactiveException.class, () -> verifier.verify(token));
        assertEquals(2, introspections.get(), "the inactive answer is cached");
    }

    @Test
    void aHundredConcurrentRequestsWithOneTokenMakeOneIntrospection() throws Exception {
        AtomicInteger introspections = new AtomicInteger();
        CloudBaseAuth client = CloudBaseAuth.builder().envId(FlowsTest.ENV).baseUrl(countingEmulator(introspections)).maxRetries(0).build();
        TokenVerifier verifier = TokenVerifier.builder(client).build();
        String app = backend(verifier);
        TokenResponse tokens = caller();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(app + "/me")).header("Authorization", "Bearer " + tokens.accessToken())
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            HttpResponse<String> r = c.get();
            assertEquals(200, r.statusCode());
            assertEquals(tokens.sub().get(), r.body());
        }
        assertEquals(1, introspections.get(), "100 requests, one token: one introspection");
        assertEquals(1, verifier.introspections());
    }

    @Test
    void theServiceDownIs503AndVerifyFailsClosed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CloudBaseAuth client = CloudBaseAuth.builder().envId(FlowsTest.ENV).baseUrl("http://127.0.0.1:" + port + "/auth/v1").maxRetries(0).build();
        TokenVerifier verifier = TokenVerifier.builder(client).build();
        String app = backend(verifier);
        String token = caller().accessToken();
        HttpResponse<String> down = call(app + "/me", "Bearer " + token);
        assertEquals(503, down.statusCode());
        assertFalse(down.body().contains(token));
        VerificationUnavailableException e = assertThrows(VerificationUnavailableException.class, () -> verifier.verify(token));
        assertInstanceOf(ConnectionException.class, e.getCause());
        assertFalse(e.getMessage().contains(token));
    }

    @Test
    void verifyReadsWhatTheServiceSaysAndLeavesTheClientsSessionAlone() throws Exception {
        CloudBaseAuth backendClient = FlowsTest.client();
        TokenResponse own = backendClient.signInAnonymously();
        TokenVerifier verifier = TokenVerifier.builder(backendClient).build();
        TokenResponse tokens = caller();
        VerifiedToken verified = verifier.verify(tokens.accessToken());
        assertEquals(tokens.sub().get(), verified.sub());
        assertEquals("anonymous", verified.scope());
        assertEquals(FlowsTest.ENV, verified.clientId().get());
        assertTrue(verified.expiresAt().isPresent(), "the access token's own exp");
        assertEquals(own.accessToken(), backendClient.session().get().accessToken());
        assertThrows(TokenInactiveException.class, () -> verifier.verify("bm90LWEtdG9rZW4"));
    }
}
