// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The session: stored, refreshed before expiry and once on a refused token, single-flight, rotation-safe. */
class SessionTest {
    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private static boolean isRefresh(FakeHttpClient.Sent s) {
        return s.uri.getPath().endsWith("/token");
    }

    @Test
    void aSignInStoresTheSessionWithoutShowingItsTokens() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-secret-1", "rt-secret-1", 7200)));
        MemoryTokenStorage storage = new MemoryTokenStorage();
        MovingClock clock = new MovingClock();
        ClientCore c = TestApi.builder(http).storage(storage).clock(clock).build();
        TestApi.signIn(c);
        Session s = c.session().orElseThrow();
        assertEquals("at-secret-1", s.accessToken());
        assertEquals(clock.now.plusSeconds(7200), s.expiresAt().get());
        assertFalse(s.toString().contains("secret"), s.toString());
        assertFalse(storage.toString().contains("secret"), storage.toString());
        ClientCore again = TestApi.builder(new FakeHttpClient()).storage(storage).build();
        assertEquals("rt-secret-1", again.session().get().refreshToken().get(), "the stored session is read back");
        assertEquals(c.deviceId, again.deviceId, "the device id is stored with it");
    }

    @Test
    void aSessionAboutToExpireIsRefreshedOnceByAHundredThreads() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        CountDownLatch inRefresh = new CountDownLatch(1);
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200))).respond(s -> {
            if (isRefresh(s)) {
                int n = refreshes.incrementAndGet();
                inRefresh.countDown();
                return FakeHttpClient.json(200, TestApi.tokens("at-" + (n + 1), "rt-" + (n + 1), 7200));
            }
            return FakeHttpClient.json(200, "{\"sub\":\"user-1\"}");
        });
        MovingClock clock = new MovingClock();
        ClientCore c = TestApi.builder(http).clock(clock).build();
        TestApi.signIn(c);
        clock.advance(Duration.ofSeconds(7200 - 10)); // within the 30 s skew
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return TestApi.me(c);
            }));
        }
        start.countDown();
        for (Future<?> f : calls) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1, refreshes.get(), "exactly one refresh");
        List<FakeHttpClient.Sent> sent = http.requests();
        FakeHttpClient.Sent refresh = sent.stream().filter(SessionTest::isRefresh).findFirst().orElseThrow();
        assertEquals("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"rt-1\",\"client_id\":\"test-env\"}", refresh.body());
        assertEquals(100, sent.stream().filter(s -> s.uri.getPath().endsWith("/user/me")).filter(s -> "Bearer at-2".equals(s.header("authorization"))).count());
    }

    @Test
    void aRefusedTokenIsRefreshedOnceAndTheCallResentOnce() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)),
                FakeHttpClient.json(401, "{\"error\":\"unauthenticated\",\"error_code\":16}"),
                FakeHttpClient.json(200, TestApi.tokens("at-2", "rt-2", 7200)),
                FakeHttpClient.json(200, "{\"sub\":\"user-1\"}"));
        ClientCore c = TestApi.builder(http).build();
        TestApi.signIn(c);
        assertEquals("user-1", TestApi.me(c).get("sub").textValue());
        List<FakeHttpClient.Sent> sent = http.requests();
        assertEquals(4, sent.size());
        assertEquals("Bearer at-2", sent.get(3).header("authorization"));
        assertEquals("at-2", c.session().get().accessToken());
    }

    @Test
    void aSecondRefusalIsThrownAsItIs() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)),
                FakeHttpClient.json(401, "{\"error\":\"unauthenticated\"}"),
                FakeHttpClient.json(200, TestApi.tokens("at-2", "rt-2", 7200)),
                FakeHttpClient.json(401, "{\"error\":\"unauthenticated\"}"));
        ClientCore c = TestApi.builder(http).build();
        TestApi.signIn(c);
        assertInstanceOf(ApiException.Unauthorized.class, assertThrows(ApiException.class, () -> TestApi.me(c)));
        assertEquals(4, http.requests().size(), "one refresh, one resend, no loop");
    }

    @Test
    void aForbiddenAnswerIsNotARefusedToken() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)),
                FakeHttpClient.json(403, "{\"error\":\"permission_denied\"}"));
        ClientCore c = TestApi.builder(http).build();
        TestApi.signIn(c);
        assertInstanceOf(ApiException.Forbidden.class, assertThrows(ApiException.class, () -> TestApi.me(c)));
        assertEquals(2, http.requests().size(), "no refresh, no resend");
        assertEquals("at-1", c.session().get().accessToken());
    }

    @Test
    void invalidGrantClearsTheSessionUnlessAnotherClientStoredANewerOne() {
        MovingClock clock = new MovingClock();
        MemoryTokenStorage storage = new MemoryTokenStorage();
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)),
                FakeHttpClient.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token rt-1 was used\"}"));
        ClientCore c = TestApi.builder(http).storage(storage).clock(clock).build();
        TestApi.signIn(c);
        clock.advance(Duration.ofSeconds(7200));
        ApiException e = assertThrows(TestApi.InvalidGrant.class, () -> TestApi.me(c));
        assertFalse(e.getMessage().contains("rt-1"), e.getMessage());
        assertTrue(c.session().isEmpty());
        assertTrue(storage.get(c.sessionKey).isEmpty(), "the stored session is gone");

        // Another client on the same store refreshed first: its session is adopted, not deleted.
        FakeHttpClient other = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-9", "rt-9", 7200)));
        ClientCore mine = TestApi.builder(new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-8", "rt-8", 7200)),
                FakeHttpClient.json(200, "{}"))).storage(storage).clock(clock).build();
        TestApi.signIn(mine);
        ClientCore theirs = TestApi.builder(other).storage(storage).clock(clock).build();
        clock.advance(Duration.ofSeconds(7200));
        theirs.refreshSession();
        TestApi.me(mine); // finds at-9 in the store under the lock: no refresh of its own
        assertEquals("at-9", mine.session().get().accessToken());
    }

    @Test
    void aSessionWithoutRefreshTokenIsUsedUntilItExpires() {
        MovingClock clock = new MovingClock();
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-1", null, 60)));
        ClientCore c = TestApi.builder(http).clock(clock).build();
        TestApi.signIn(c);
        clock.advance(Duration.ofSeconds(45));
        TestApi.me(c);
        clock.advance(Duration.ofSeconds(30));
        assertThrows(NotSignedInException.class, () -> TestApi.me(c));
    }

    @Test
    void anExpiredAdminTokenIsRenewedOnceWithTheKeyPair() throws Exception {
        AtomicInteger renewals = new AtomicInteger();
        FakeHttpClient http = new FakeHttpClient().respond(s -> {
            if (s.uri.getPath().endsWith("/token/clientCredential")) {
                int n = renewals.incrementAndGet();
                return FakeHttpClient.json(200, adminToken("admin-" + n));
            }
            return FakeHttpClient.json(200, "{}");
        });
        MovingClock clock = new MovingClock();
        ClientCore c = TestApi.builder(http).clock(clock).tc3Credentials(Tc3Credentials.of("AKID", "key")).build();
        c.execute(new Call(TestApi.ADMIN).body((ObjectNode) TestApi.json("{\"grant_type\":\"client_credentials\"}")), RequestOptions.none(), n -> n);
        clock.advance(Duration.ofSeconds(432000));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> TestApi.me(c)));
        }
        for (Future<?> f : calls) {
            f.get();
        }
        pool.shutdown();
        assertEquals(2, renewals.get(), "the first token, then exactly one renewal");
        FakeHttpClient.Sent renewal = http.requests().stream().filter(s -> s.uri.getPath().endsWith("/token/clientCredential")).skip(1).findFirst().get();
        assertEquals("{\"grant_type\":\"client_credentials\"}", renewal.body());
        assertTrue(renewal.header("authorization").startsWith("TC3-HMAC-SHA256 Credential=AKID/"));
        assertEquals("admin-2", c.session().get().accessToken());
    }

    /** An administrator token as the service issues it: no refresh token, scope "admin". */
    static String adminToken(String access) {
        return "{\"token_type\":\"Bearer\",\"access_token\":\"" + access + "\",\"expires_in\":432000,\"scope\":\"admin\",\"sub\":\"AKID\"}";
    }

    /**
     * The rule of every client: only an administrator's session (no refresh token AND "admin" in
     * its scope) is renewed with the key pair. A user's session without a refresh token, in a
     * client that holds the key pair, is used until it expires and never replaced by an
     * administrator token: not before expiry, not after, not on a refused token.
     */
    @Test
    void aUserSessionWithoutRefreshTokenIsNeverReplacedByAnAdminToken() {
        AtomicInteger renewals = new AtomicInteger();
        FakeHttpClient http = new FakeHttpClient().respond(s -> {
            if (s.uri.getPath().endsWith("/token/clientCredential")) {
                renewals.incrementAndGet();
                return FakeHttpClient.json(200, adminToken("admin-1"));
            }
            if (s.uri.getPath().endsWith("/signin")) {
                return FakeHttpClient.json(200, "{\"token_type\":\"Bearer\",\"access_token\":\"user-at\",\"expires_in\":60,\"scope\":\"user\",\"sub\":\"u1\"}");
            }
            return "Bearer user-at".equals(s.header("authorization")) ? FakeHttpClient.json(401, "{\"error\":\"unauthenticated\"}")
                    : FakeHttpClient.json(200, "{\"sub\":\"someone\"}");
        });
        MovingClock clock = new MovingClock();
        ClientCore c = TestApi.builder(http).clock(clock).tc3Credentials(Tc3Credentials.of("AKID", "key")).build();
        TestApi.signIn(c);
        assertInstanceOf(ApiException.Unauthorized.class, assertThrows(ApiException.class, () -> TestApi.me(c)),
                "a refused user token is thrown as it is");
        assertThrows(NotSignedInException.class, c::refreshSession);
        clock.advance(Duration.ofSeconds(61));
        assertThrows(NotSignedInException.class, () -> TestApi.me(c));
        assertEquals(0, renewals.get(), "no administrator token was asked for");
        assertEquals("user-at", c.session().get().accessToken(), "the user's session is not replaced");
    }

    @Test
    void anAdminScopeAmongOthersIsStillAnAdministrator() {
        AtomicInteger renewals = new AtomicInteger();
        FakeHttpClient http = new FakeHttpClient().respond(s -> {
            if (s.uri.getPath().endsWith("/token/clientCredential")) {
                renewals.incrementAndGet();
                return FakeHttpClient.json(200, adminToken("admin-" + renewals.get()));
            }
            return FakeHttpClient.json(200, "{}");
        });
        MovingClock clock = new MovingClock();
        ClientCore c = TestApi.builder(http).clock(clock).tc3Credentials(Tc3Credentials.of("AKID", "key")).build();
        c.setSession(Session.builder().accessToken("old-admin").scope("read admin").expiresAt(clock.now.plusSeconds(10)).build());
        TestApi.me(c);
        assertEquals(1, renewals.get());
        assertEquals("admin-1", c.session().get().accessToken());
        ClientCore noPair = TestApi.builder(http).clock(clock).build();
        noPair.setSession(Session.builder().accessToken("old-admin").scope("admin").expiresAt(clock.now.plusSeconds(10)).build());
        TestApi.me(noPair); // usable until it expires: nothing to renew it with
        assertEquals(1, renewals.get(), "no key pair, no renewal");
    }

    @Test
    void revokingAnotherUsersTokenKeepsTheSessionRevokingOurOwnEndsIt() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)));
        ClientCore c = TestApi.builder(http).build();
        TestApi.signIn(c);
        c.execute(new Call(TestApi.REVOKE).body((ObjectNode) TestApi.json("{\"token\":\"someone-elses\"}")), RequestOptions.none(), n -> n);
        assertTrue(c.session().isPresent(), "another user's token: the session stays");
        c.execute(new Call(TestApi.SIGN_OUT), RequestOptions.builder().bearerToken("someone-elses").build(), n -> n);
        assertTrue(c.session().isPresent(), "another user's sign-out: the session stays");
        c.execute(new Call(TestApi.REVOKE).body((ObjectNode) TestApi.json("{\"token\":\"rt-1\"}")), RequestOptions.none(), n -> n);
        assertTrue(c.session().isEmpty(), "our own refresh token: the session ends");
        TestApi.signIn(new ClientCore(TestApi.builder(http))); // (a fresh client, to sign in again below)
        TestApi.signIn(c);
        c.execute(new Call(TestApi.REVOKE).body(Json.object()), RequestOptions.none(), n -> n);
        assertTrue(c.session().isEmpty(), "no token named: the Bearer sent, our own");
    }

    @Test
    void theStoredFormIsTheOneTheOtherClientsWrite() {
        Session s = Session.fromStored("{\"access_token\": \"a\", \"refresh_token\": null, \"token_type\": \"Bearer\", "
                + "\"expires_at\": 1767225600.25, \"scope\": null, \"sub\": \"u\", \"groups\": [\"user\"]}");
        assertEquals(Instant.parse("2026-01-01T00:00:00.250Z"), s.expiresAt().get());
        assertTrue(s.refreshToken().isEmpty());
        Session back = Session.fromStored(s.toStored());
        assertEquals(s.expiresAt(), back.expiresAt());
        assertEquals(List.of("user"), back.groups());
        assertTrue(s.toStored().contains("\"expires_at\":1767225600.25"), s.toStored());
    }
}
