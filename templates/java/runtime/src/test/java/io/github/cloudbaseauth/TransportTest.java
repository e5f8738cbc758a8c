package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retries only where safe, Retry-After honoured, one deadline per call over every byte. */
class TransportTest {
    @Test
    void aRateLimitIsRetriedAfterWhatRetryAfterAsks() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(429, "{\"error\":\"resource_exhausted\"}").header("retry-after", "0"),
                FakeHttpClient.json(503, "{}").header("retry-after", "0"),
                FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)));
        ClientCore c = TestApi.builder(http).maxRetries(2).build();
        TestApi.signIn(c);
        assertEquals(3, http.requests().size());
    }

    @Test
    void aServerErrorOrAnExchangeThatBrokeOffIsNeverRetried() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(500, "{\"error\":\"internal\"}"),
                FakeHttpClient.failure(new IOException("connection reset by peer")));
        ClientCore c = TestApi.builder(http).maxRetries(3).build();
        assertInstanceOf(ApiException.ServerError.class, assertThrows(ApiException.class, () -> TestApi.signIn(c)));
        assertEquals(1, http.requests().size());
        ConnectionException e = assertThrows(ConnectionException.class, () -> TestApi.signIn(c));
        assertTrue(e.connected());
        assertEquals(2, http.requests().size(), "the request may have been acted on: not sent again");
    }

    @Test
    void aConnectionNeverMadeIsRetriedAndReportedWithoutTheQuery() {
        FakeHttpClient http = new FakeHttpClient().respond(s -> FakeHttpClient.failure(new ConnectException("Connection refused")));
        ClientCore c = TestApi.builder(http).maxRetries(1).build();
        ConnectionException e = assertThrows(ConnectionException.class,
                () -> c.execute(new Call(TestApi.SIGN_IN).query("captcha_token", "captcha-secret-1"), RequestOptions.none(), n -> n));
        assertEquals(2, http.requests().size());
        assertFalse(e.connected());
        assertTrue(e.getMessage().startsWith("cannot connect to auth.test:443 (connection refused) for POST /auth/v1/signin"), e.getMessage());
        assertFalse(e.getMessage().contains("captcha-secret-1"));
    }

    @Test
    void aRetryAfterPastTheDeadlineIsNotWaitedFor() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(429, "{\"error\":\"resource_exhausted\"}").header("retry-after", "30"));
        ClientCore c = TestApi.builder(http).maxRetries(2).timeout(Duration.ofSeconds(2)).build();
        assertInstanceOf(ApiException.TooManyRequests.class, assertThrows(ApiException.class, () -> TestApi.signIn(c)));
        assertEquals(1, http.requests().size());
    }

    @Test
    void retryAfterDatesAreGmtAndDelaysAreBounded() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Duration.ofSeconds(10), Retry.parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now));
        assertEquals(Duration.ofSeconds(60), Retry.parseRetryAfter("3600", now));
        assertEquals(Duration.ZERO, Retry.parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now));
        assertNull(Retry.parseRetryAfter("soon", now));
        assertEquals(Duration.ofMillis(250), Retry.delay(0, null, now, () -> 0.0));
        assertEquals(Duration.ofSeconds(8), Retry.delay(10, null, now, () -> 1.0), "capped at 8 s");
        assertEquals(Duration.ofSeconds(1), Retry.delay(1, null, now, () -> 1.0));
    }

    /** A server that answers headers, then one byte of the body every 200 ms, forever (until closed). */
    private static final class Trickler implements AutoCloseable {
        final ServerSocket server;
        final Thread thread;

        Trickler() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try (Socket s = server.accept()) {
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    for (int i = 0; i < 500; i++) {
                        Thread.sleep(200);
                        out.write(' ');
                        out.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up, as it should
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/auth/v1";
        }

        @Override
        public void close() throws IOException {
            server.close();
            thread.interrupt();
        }
    }

    @Test
    void aServerTricklingItsAnswerIsCutOffAtTheDeadline() throws Exception {
        try (Trickler trickler = new Trickler()) {
            ClientCore c = new ClientBuilder<>(TestApi.spec(), core -> core).envId("env").baseUrl(trickler.base())
                    .timeout(Duration.ofSeconds(1)).maxRetries(2).build();
            long started = System.nanoTime();
            CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> TestApi.signIn(c));
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            // The bound: the deadline holds (a generous margin for a busy machine, far below the 100 s a per-read timeout allows).
            assertTrue(seconds < 10, "took " + seconds + " s");
            assertTrue(e.getMessage().contains("no answer from 127.0.0.1:"), e.getMessage());
        }
    }

    @Test
    void theDefaultHttpClientNeverFollowsRedirects() {
        ClientCore c = new ClientBuilder<>(TestApi.spec(), core -> core).envId("env").build();
        assertEquals("https://env.api.tcloudbasegateway.com/auth/v1", c.baseUrl);
        assertEquals(HttpClient.Redirect.NEVER, HttpClient.newBuilder().build().followRedirects());
    }
}
