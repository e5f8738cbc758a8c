// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * TokenVerifierFilter in a real JDK HttpServer on a loopback port, called over HTTP; the service
 * behind the verifier is FakeHttpClient. tests/java/e2e/VerifierTest runs the same filter
 * against the emulator.
 */
class TokenVerifierFilterTest {
    final TokenVerifierTest.Service service = new TokenVerifierTest.Service();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ExecutorService pool = Executors.newFixedThreadPool(8);
    HttpServer server;
    volatile CountDownLatch otherCallerServed = new CountDownLatch(0);
    final CountDownLatch aliceWaiting = new CountDownLatch(1);

    /** An app that answers "hello <sub> (<principal>)" behind the filter. */
    URI start(TokenVerifierFilter.Builder filter) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle).getFilters().add(filter.build());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String sub = TokenVerifierFilter.verifiedToken(exchange).map(VerifiedToken::sub).orElse("nobody");
        if (sub.equals("user-of-alice")) {
            // Holds alice's request until bob's has been served: each must still see its own caller.
            aliceWaiting.countDown();
            try {
                otherCallerServed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (sub.equals("user-of-bob")) {
            otherCallerServed.countDown();
        }
        String seen = TokenVerifierFilter.verifiedToken(exchange).map(VerifiedToken::sub).orElse("nobody");
        String principal = exchange.getPrincipal() == null ? "-" : exchange.getPrincipal().getUsername();
        byte[] body = ("hello " + seen + " (" + principal + ")").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        pool.shutdownNow();
    }

    TokenVerifierFilter.Builder filter() {
        return TokenVerifierFilter.builder(TokenVerifier.builder(TestApi.client(service.http).build()).build());
    }

    HttpResponse<String> get(URI base, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVerifiedTokenReachesTheHandlerAsThePrincipal() throws Exception {
        URI base = start(filter());
        HttpResponse<String> r = get(base, "/api", "Authorization", "Bearer alice");
        assertEquals(200, r.statusCode());
        assertEquals("hello user-of-alice (user-of-alice)", r.body());
        assertEquals(200, get(base, "/api", "Authorization", "bEaReR   alice  ").statusCode(), "any case, extra spaces");
        assertEquals(1, service.introspections.get(), "the second request was answered from the cache");
    }

    @Test
    void noHeaderIs401WithABareChallenge() throws Exception {
        URI base = start(filter());
        HttpResponse<String> r = get(base, "/api");
        assertEquals(401, r.statusCode());
        assertEquals("Bearer", r.headers().firstValue("www-authenticate").get());
        assertEquals("no-store", r.headers().firstValue("cache-control").get());
        assertEquals("application/json", r.headers().firstValue("content-type").get());
        assertEquals("unauthenticated", TestApi.json(r.body()).get("error").textValue());
    }

    @Test
    void aMalformedHeaderIs401InvalidTokenWithoutAskingTheService() throws Exception {
        URI base = start(filter());
        String[] malformed = {"Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Bearer", "Bearer ", "Bearer a b", "Bearertoken", "Bearer caf\u00e9!", "Bearer a\"b"};
        for (String value : malformed) {
            HttpResponse<String> r = get(base, "/api", "Authorization", value);
            assertEquals(401, r.statusCode(), value);
            String challenge = r.headers().firstValue("www-authenticate").get();
            assertTrue(challenge.startsWith("Bearer error=\"invalid_token\", error_description=\""), challenge);
            assertEquals("invalid_token", TestApi.json(r.body()).get("error").textValue());
            assertFalse(r.body().contains("a b") || r.body().contains("a\\\"b"), "the token is never repeated: " + r.body());
        }
        HttpResponse<String> two = http.send(HttpRequest.newBuilder(base.resolve("/api")).header("Authorization", "Bearer a")
                .header("Authorization", "Bearer b").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, two.statusCode(), "two Authorization headers");
        assertEquals(0, service.introspections.get());
    }

    @Test
    void anInactiveTokenIs401AndTheServiceDownIs503() throws Exception {
        service.byToken.put("revoked", t -> FakeHttpClient.json(200, "{}"));
        service.byToken.put("down", t -> FakeHttpClient.failure(new ConnectException("Connection refused")));
        URI base = start(filter());
        HttpResponse<String> inactive = get(base, "/api", "Authorization", "Bearer revoked");
        assertEquals(401, inactive.statusCode());
        assertEquals("Bearer error=\"invalid_token\", error_description=\"the token is not active\"",
                inactive.headers().firstValue("www-authenticate").get());
        HttpResponse<String> down = get(base, "/api", "Authorization", "Bearer down");
        assertEquals(503, down.statusCode());
        assertTrue(down.headers().firstValue("www-authenticate").isEmpty());
        assertEquals("unavailable", TestApi.json(down.body()).get("error").textValue());
        assertFalse(down.body().contains("down"), down.body());
    }

    @Test
    void publicPathsPassButNotThroughADotSegment() throws Exception {
        URI base = start(filter().publicPaths("/health").publicPrefixes("/static/"));
        assertEquals("hello nobody (-)", get(base, "/health").body());
        assertEquals(200, get(base, "/static/app.js").statusCode());
        assertEquals(401, get(base, "/health/more").statusCode());
        assertEquals(401, get(base, "/api").statusCode());
        // The JDK's HttpClient would normalise the path: a raw request keeps it as a client may send it.
        assertTrue(raw(base, "GET /static/../admin HTTP/1.1").startsWith("HTTP/1.1 401"));
        assertTrue(raw(base, "GET /static/%2e%2e/admin HTTP/1.1").startsWith("HTTP/1.1 401"));
        assertThrows(IllegalArgumentException.class, () -> filter().publicPaths("health"));
    }

    @Test
    void theRealmIsQuotedAndAHeadRefusalHasNoBody() throws Exception {
        URI base = start(filter().realm("api \"v1\""));
        HttpResponse<String> r = get(base, "/api");
        assertEquals("Bearer realm=\"api \\\"v1\\\"\"", r.headers().firstValue("www-authenticate").get());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(base.resolve("/api")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, head.statusCode());
        assertEquals("", head.body());
        assertThrows(IllegalArgumentException.class, () -> filter().realm("line\nbreak"));
    }

    /**
     * Two callers at once: alice's handler runs on after bob's request was served. The verified
     * token is the exchange's own (an HttpExchange attribute would be shared by the context).
     */
    @Test
    void eachRequestSeesItsOwnCaller() throws Exception {
        URI base = start(filter());
        otherCallerServed = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> alice = http.sendAsync(HttpRequest.newBuilder(base.resolve("/api"))
                .header("Authorization", "Bearer alice").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(aliceWaiting.await(60, TimeUnit.SECONDS), "alice's request reached its handler");
        HttpResponse<String> bob = get(base, "/api", "Authorization", "Bearer bob");
        assertEquals("hello user-of-bob (user-of-bob)", bob.body());
        assertEquals("hello user-of-alice (user-of-alice)", alice.get(60, TimeUnit.SECONDS).body());
    }

    @Test
    void withoutTheFilterThereIsNoVerifiedToken() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        HttpResponse<String> r = get(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "/api", "Authorization", "Bearer alice");
        assertEquals("hello nobody (-)", r.body());
    }

    /** One request line sent as it is, the status line read back. */
    static String raw(URI base, String requestLine) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            int n = socket.getInputStream().readNBytes(head, 0, head.length);
            return new String(head, 0, n, StandardCharsets.US_ASCII);
        }
    }
}
