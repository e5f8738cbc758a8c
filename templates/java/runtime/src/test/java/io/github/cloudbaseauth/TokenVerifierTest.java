package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * TokenVerifier through its public API, the service played by FakeHttpClient (which counts the
 * introspections sent) and time by a clock the test moves: caching until min(exp, now + maxTtl),
 * the negative cache, LRU bounds, single-flight, fail closed, typed errors, no token kept or shown.
 */
class TokenVerifierTest {
    static final String ACTIVE = "{\"token_type\":\"Bearer\",\"client_id\":\"test-env\",\"sub\":\"%s\",\"scope\":\"user\"}";

    /** The service: answers each introspection with {@code answer(token)}, counting them. */
    static final class Service {
        final AtomicInteger introspections = new AtomicInteger();
        final Map<String, Function<String, FakeHttpClient.Reply>> byToken = new ConcurrentHashMap<>();
        volatile Function<String, FakeHttpClient.Reply> otherwise = token -> FakeHttpClient.json(200, String.format(ACTIVE, "user-of-" + token));
        final FakeHttpClient http = new FakeHttpClient().respond(this::answer);

        private FakeHttpClient.Reply answer(FakeHttpClient.Sent s) {
            assertTrue(s.uri.getPath().endsWith("/token/introspect"), s.uri.toString());
            introspections.incrementAndGet();
            String token = s.header("authorization").substring("Bearer ".length());
            return byToken.getOrDefault(token, otherwise).apply(token);
        }
    }

    final Service service = new Service();
    final SessionTest.MovingClock clock = new SessionTest.MovingClock();

    TokenVerifier.Builder verifier() {
        return TokenVerifier.builder(TestApi.client(service.http).build()).clock(clock);
    }

    static String jwt(long exp) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"u\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void anActiveTokenIsVerifiedWithItselfAsTheBearerAndCachedForMaxTtl() {
        service.byToken.put("tok-1", t -> FakeHttpClient.json(200,
                "{\"token_type\":\"Bearer\",\"client_id\":\"test-env\",\"sub\":\"u1\",\"scope\":\"user admin\",\"groups\":[{\"id\":\"g1\"},\"g2\"]}"));
        TokenVerifier v = verifier().maxTtl(Duration.ofSeconds(60)).build();
        VerifiedToken t = v.verify("tok-1");
        assertEquals("u1", t.sub());
        assertEquals(Set.of("user", "admin"), t.scopes());
        assertTrue(t.hasScope("admin"));
        assertEquals("test-env", t.clientId().get());
        assertEquals(List.of("g1", "g2"), t.groups());
        assertEquals("Bearer", t.claims().get("token_type"));
        assertTrue(t.expiresAt().isEmpty(), "an opaque token without exp");
        FakeHttpClient.Sent sent = service.http.requests().get(0);
        assertEquals("GET", sent.method);
        assertEquals("Bearer tok-1", sent.header("authorization"));
        assertNull(sent.uri.getRawQuery(), "a Bearer call sends no client_id");
        clock.advance(Duration.ofSeconds(59));
        assertSame(t, v.verify("tok-1"));
        assertEquals(1, service.introspections.get(), "cached");
        clock.advance(Duration.ofSeconds(1));
        v.verify("tok-1");
        assertEquals(2, service.introspections.get(), "asked again after maxTtl");
        assertEquals(2, v.introspections());
        assertThrows(UnsupportedOperationException.class, () -> t.claims().put("sub", "someone-else"));
    }

    @Test
    void aRevokedTokenIsRefusedOnceMaxTtlHasPassed() {
        AtomicInteger revoked = new AtomicInteger();
        service.byToken.put("tok-r", t -> FakeHttpClient.json(200, revoked.get() == 0 ? String.format(ACTIVE, "u") : "{}"));
        TokenVerifier v = verifier().maxTtl(Duration.ofSeconds(30)).build();
        v.verify("tok-r");
        revoked.set(1);
        clock.advance(Duration.ofSeconds(29));
        v.verify("tok-r"); // still trusted: the documented latency
        clock.advance(Duration.ofSeconds(1));
        TokenInactiveException e = assertThrows(TokenInactiveException.class, () -> v.verify("tok-r"));
        assertFalse(e instanceof TokenExpiredException);
        assertEquals("the token is not active", e.getMessage());
    }

    @Test
    void theTokensExpiryCapsTheCacheAndThenItIsExpired() {
        long exp = clock.now.getEpochSecond() + 5;
        String token = jwt(exp);
        TokenVerifier v = verifier().maxTtl(Duration.ofMinutes(10)).build();
        assertEquals(Instant.ofEpochSecond(exp), v.verify(token).expiresAt().get(), "the token's own exp claim");
        clock.advance(Duration.ofSeconds(5));
        assertThrows(TokenExpiredException.class, () -> v.verify(token));
        assertEquals(1, service.introspections.get(), "expired by the cache, without asking");

        service.byToken.put("opaque", t -> FakeHttpClient.json(200, "{\"sub\":\"u\",\"exp\":" + (clock.now.getEpochSecond() + 3) + "}"));
        v.verify("opaque");
        clock.advance(Duration.ofSeconds(3));
        assertInstanceOf(TokenInactiveException.class, assertThrows(TokenExpiredException.class, () -> v.verify("opaque")));
    }

    @Test
    void anInactiveAnswerIsCachedForNegativeTtlAndAnExpiredTokenIsTokenExpired() {
        service.otherwise = t -> FakeHttpClient.json(200, "{}");
        TokenVerifier v = verifier().negativeTtl(Duration.ofSeconds(10)).build();
        assertThrows(TokenInactiveException.class, () -> v.verify("gone"));
        clock.advance(Duration.ofSeconds(9));
        assertThrows(TokenInactiveException.class, () -> v.verify("gone"));
        assertEquals(1, service.introspections.get());
        clock.advance(Duration.ofSeconds(1));
        assertThrows(TokenInactiveException.class, () -> v.verify("gone"));
        assertEquals(2, service.introspections.get(), "asked again after negativeTtl");

        String old = jwt(clock.now.getEpochSecond() - 1);
        assertThrows(TokenExpiredException.class, () -> v.verify(old));
        assertThrows(TokenExpiredException.class, () -> v.verify(old), "cached as expired");
        service.byToken.put("flagged", t -> FakeHttpClient.json(200, "{\"active\":false,\"sub\":\"u\"}"));
        assertThrows(TokenInactiveException.class, () -> v.verify("flagged"));
    }

    @Test
    void malformedTokensAreRefusedWithoutAskingTheService() {
        TokenVerifier v = verifier().build();
        String[] bad = {"", "two words", "line\nbreak", "tab\there", "caf\u00e9", "quote\"d", "====", "a".repeat(TokenVerifier.MAX_TOKEN_LENGTH + 1)};
        for (String token : bad) {
            TokenInactiveException e = assertThrows(TokenInactiveException.class, () -> v.verify(token), token);
            assertFalse(e.getMessage().contains(token.isEmpty() ? "\u0000" : token), e.getMessage());
        }
        assertThrows(TokenInactiveException.class, () -> v.verify(null));
        assertEquals(0, service.introspections.get());
        v.verify("padded.token-_~+/=="); // token68 with its padding is asked about
        assertEquals(1, service.introspections.get());
    }

    @Test
    void theServiceDownFailsClosedAndIsNotCached() {
        service.otherwise = t -> FakeHttpClient.failure(new ConnectException("Connection refused"));
        TokenVerifier v = verifier().build();
        VerificationUnavailableException e = assertThrows(VerificationUnavailableException.class, () -> v.verify("tok-d"));
        assertInstanceOf(ConnectionException.class, e.getCause());
        service.otherwise = t -> FakeHttpClient.json(200, String.format(ACTIVE, "u-back"));
        assertEquals("u-back", v.verify("tok-d").sub(), "a failure is never cached");
    }

    @Test
    void anErrorOrAnAnswerThatIsNotTheDocumentedOneFailsClosed() {
        TokenVerifier v = verifier().build();
        String[] answers = {"{\"error\":\"internal\",\"error_description\":\"boom tok-e\"}", "[1, 2]", "{\"scope\":\"user\"}", "not json"};
        int[] statuses = {500, 200, 200, 200};
        for (int i = 0; i < answers.length; i++) {
            FakeHttpClient.Reply reply = FakeHttpClient.json(statuses[i], answers[i]);
            service.otherwise = t -> reply;
            VerificationUnavailableException e = assertThrows(VerificationUnavailableException.class, () -> v.verify("tok-e"), answers[i]);
            assertFalse(e.getMessage().contains("tok-e"), e.getMessage());
            for (Throwable c = e; c != null; c = c.getCause()) {
                assertFalse(c.getMessage().contains("tok-e"), "the cause's message: " + c.getMessage());
            }
        }
        assertEquals(4, service.introspections.get(), "nothing was cached");
    }

    @Test
    void aRefusedIntrospectionIsAnInactiveTokenAndCached() {
        service.otherwise = t -> FakeHttpClient.json(401, "{\"error\":\"unauthenticated\",\"error_code\":16}");
        TokenVerifier v = verifier().build();
        assertThrows(TokenInactiveException.class, () -> v.verify("tok-401"));
        assertThrows(TokenInactiveException.class, () -> v.verify("tok-401"));
        assertEquals(1, service.introspections.get());
        service.otherwise = t -> FakeHttpClient.json(403, "{\"error\":\"permission_denied\"}");
        assertThrows(VerificationUnavailableException.class, () -> v.verify("tok-403"), "a 403 is not about the token");
    }

    @Test
    void theLruIsBoundedAndJunkCannotEvictValidTokens() {
        service.byToken.put("junk-1", t -> FakeHttpClient.json(200, "{}"));
        service.byToken.put("junk-2", t -> FakeHttpClient.json(200, "{}"));
        service.byToken.put("junk-3", t -> FakeHttpClient.json(200, "{}"));
        TokenVerifier v = verifier().cacheSize(2).build();
        v.verify("good-1");
        v.verify("good-2");
        for (String junk : new String[] {"junk-1", "junk-2", "junk-3"}) {
            assertThrows(TokenInactiveException.class, () -> v.verify(junk));
        }
        v.verify("good-1");
        v.verify("good-2");
        assertEquals(5, service.introspections.get(), "the valid answers survived the junk");
        v.verify("good-3"); // evicts the least recently used: good-1
        v.verify("good-2");
        assertEquals(6, service.introspections.get());
        v.verify("good-1");
        assertEquals(7, service.introspections.get(), "good-1 was evicted");
        assertTrue(v.toString().contains("cached=4"), v.toString());
        v.clear();
        v.verify("good-2");
        assertEquals(8, service.introspections.get(), "clear() forgets every answer");
    }

    /**
     * 100 threads ask about one new token at once: one introspection. The service holds its
     * answer until every thread is waiting (each is then either the one asking or waiting for it),
     * so the threads do overlap, whatever the machine's speed.
     */
    @Test
    void aHundredThreadsWithOneNewTokenMakeOneIntrospection() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        service.otherwise = t -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeHttpClient.json(200, String.format(ACTIVE, "u-100"));
        };
        TokenVerifier v = verifier().build();
        List<Thread> threads = new ArrayList<>();
        List<Object> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 100; i++) {
            Thread thread = new Thread(() -> {
                try {
                    results.add(v.verify("one-token"));
                } catch (RuntimeException e) {
                    results.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        waitUntilAllWait(threads);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1, service.introspections.get(), "one introspection for 100 threads");
        assertEquals(100, results.size());
        for (Object r : results) {
            assertEquals("u-100", assertInstanceOf(VerifiedToken.class, r).sub());
        }
    }

    @Test
    void aHundredThreadsShareOneFailureEachWithItsOwnException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        service.otherwise = t -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeHttpClient.json(503, "{\"error\":\"unavailable\"}");
        };
        TokenVerifier v = verifier().build();
        List<Thread> threads = new ArrayList<>();
        List<Object> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 100; i++) {
            Thread thread = new Thread(() -> {
                try {
                    results.add(v.verify("failing-token"));
                } catch (RuntimeException e) {
                    results.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        waitUntilAllWait(threads);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1, service.introspections.get());
        assertEquals(100, results.stream().filter(r -> r instanceof VerificationUnavailableException).distinct().count(),
                "100 exceptions, one per thread");
    }

    /** Waits (generously: a setup step, not a timed assertion) until every thread is parked. */
    static void waitUntilAllWait(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the threads never all waited");
    }

    @Test
    void theClientsOwnSessionIsNeitherUsedNorChanged() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("own-at", "own-rt", 7200)))
                .respond(s -> FakeHttpClient.json(200, String.format(ACTIVE, "caller")));
        TestApi.Client client = TestApi.client(http).build();
        TestApi.signIn(client.core);
        Session before = client.core.session().get();
        TokenVerifier v = TokenVerifier.builder(client).build();
        assertEquals("caller", v.verify("callers-token").sub());
        assertEquals("Bearer callers-token", http.requests().get(1).header("authorization"));
        assertSame(before, client.core.session().get());
    }

    @Test
    void theTokenNeverShowsInAStringOrAnError() {
        String token = jwt(clock.now.getEpochSecond() + 3600);
        service.byToken.put(token, x -> FakeHttpClient.json(200, String.format(ACTIVE, "u-jwt")));
        TokenVerifier v = verifier().build();
        VerifiedToken t = v.verify(token);
        assertFalse(t.toString().contains(token) || v.toString().contains(token));
        assertFalse(t.claims().toString().contains(token));
        service.otherwise = x -> FakeHttpClient.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"bad token " + x + "\"}");
        VerificationUnavailableException e = assertThrows(VerificationUnavailableException.class, () -> v.verify("another-" + token.substring(0, 20)));
        assertFalse(e.getCause().getMessage().contains("another-"), e.getCause().getMessage());
    }

    @Test
    void badSettingsAreOneClearError() {
        TestApi.Client client = TestApi.client(service.http).build();
        assertEquals("cacheSize must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> TokenVerifier.builder(client).cacheSize(0)).getMessage());
        assertEquals("maxTtl must be zero or more",
                assertThrows(IllegalArgumentException.class, () -> TokenVerifier.builder(client).maxTtl(Duration.ofSeconds(-1))).getMessage());
        assertEquals("negativeTtl must be zero or more",
                assertThrows(IllegalArgumentException.class, () -> TokenVerifier.builder(client).negativeTtl(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenVerifier.builder(null));
    }

    @Test
    void aMaxTtlOfZeroAsksEveryTime() {
        TokenVerifier v = verifier().maxTtl(Duration.ZERO).build();
        v.verify("tok-z");
        v.verify("tok-z");
        assertEquals(2, service.introspections.get());
    }
}
