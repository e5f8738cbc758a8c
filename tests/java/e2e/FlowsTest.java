package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudbaseauth.ApiException;
import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.ConnectionException;
import io.github.cloudbaseauth.CustomLoginTicket;
import io.github.cloudbaseauth.FileTokenStorage;
import io.github.cloudbaseauth.NotSignedInException;
import io.github.cloudbaseauth.Session;
import io.github.cloudbaseauth.Tc3Credentials;
import io.github.cloudbaseauth.TicketCredentials;
import io.github.cloudbaseauth.errors.InvalidGrantException;
import io.github.cloudbaseauth.errors.InvalidUsernameOrPasswordException;
import io.github.cloudbaseauth.model.CustomSignInRequest;
import io.github.cloudbaseauth.model.QueryUserRequest;
import io.github.cloudbaseauth.model.QueryUserResponse;
import io.github.cloudbaseauth.model.SignInRequest;
import io.github.cloudbaseauth.model.SignUpRequest;
import io.github.cloudbaseauth.model.TokenResponse;
import io.github.cloudbaseauth.model.UserProfile;
import io.github.cloudbaseauth.model.VerificationRequest;
import io.github.cloudbaseauth.model.VerificationResponse;
import io.github.cloudbaseauth.model.VerifyRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end flows of the generated Java client against the emulator (real HTTP over loopback),
 * the flows the Go client's tests run. tests/java starts the emulator on a free port, copies
 * this file into a copy of generated/java and runs Maven with EMULATOR_URL set.
 */
@Tag("e2e")
class FlowsTest {
    static final String ENV = "emulator-env";
    static final String PASSWORD = "Passw0rd!x-java-e2e";
    static final AtomicLong PHONES = new AtomicLong(13900000300L);
    static final AtomicLong CLOCK_OFFSET = new AtomicLong();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String emulator() {
        String url = System.getenv("EMULATOR_URL");
        if (url == null || url.isEmpty()) {
            throw new IllegalStateException("EMULATOR_URL is not set (tests/java/test_generated.py sets it)");
        }
        return url;
    }

    static CloudBaseAuth client() {
        return CloudBaseAuth.builder().envId(ENV).baseUrl(emulator() + "/auth/v1").maxRetries(0).build();
    }

    static JsonNode control(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator() + path)).header("content-type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, method + " " + path + ": " + r.statusCode());
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    static String codeFor(String target) throws Exception {
        JsonNode rows = control("GET", "/emulator/v1/verification-codes?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8), null).get("data");
        return rows.get(rows.size() - 1).get("code").textValue();
    }

    static void advanceClock(int seconds) throws Exception {
        control("POST", "/emulator/v1/clock", "{\"advance_seconds\":" + seconds + "}");
        CLOCK_OFFSET.addAndGet(seconds);
    }

    static String nextPhone() {
        return "+86 " + PHONES.incrementAndGet();
    }

    static TokenResponse signUpBySms(CloudBaseAuth c, String number) throws Exception {
        VerificationResponse sent = c.sendVerification(VerificationRequest.builder().phoneNumber(number).target("ANY").usage("REGISTER").build());
        assertEquals(600, sent.expiresIn());
        String token = c.verifyVerification(VerifyRequest.builder().verificationId(sent.verificationId())
                .verificationCode(codeFor(number)).build()).verificationToken();
        return c.signUp(SignUpRequest.builder().phoneNumber(number).verificationToken(token).password(PASSWORD)
                .username("java_e2e_" + number.substring(4)).build());
    }

    @Test
    void anonymousSignInThenGetUserMe() {
        try (CloudBaseAuth c = client()) {
            TokenResponse tokens = c.signInAnonymously();
            assertEquals("anonymous", tokens.scope().get());
            assertEquals(tokens.accessToken(), c.session().get().accessToken());
            UserProfile me = c.getUserMe();
            assertEquals(tokens.sub().get(), me.sub());
            assertFalse((tokens + " " + c.session().get() + " " + c).contains(tokens.accessToken()), "a token is printed");
        }
    }

    @Test
    void signUpWithAVerificationCodeThenSignInWithThePassword() throws Exception {
        CloudBaseAuth c = client();
        String number = nextPhone();
        TokenResponse tokens = signUpBySms(c, number);
        UserProfile me = c.getUserMe();
        assertEquals(tokens.sub().get(), me.sub());
        assertEquals(number, me.phoneNumber().get());
        CloudBaseAuth other = client();
        other.signIn(SignInRequest.builder().username(number).password(PASSWORD).build());
        InvalidUsernameOrPasswordException e = assertThrows(InvalidUsernameOrPasswordException.class,
                () -> other.signIn(SignInRequest.builder().username(number).password("wrong-Passw0rd!").build()));
        assertEquals(400, e.status());
        assertTrue(e.requestId().isPresent());
        assertFalse(e.getMessage().contains("wrong-Passw0rd!"), e.getMessage());
    }

    /** The emulator's clock passes the token's expiry: one refresh, the token rotates; sign-out; a spent refresh token. */
    @Test
    void refreshOnExpiryThenSignOut() throws Exception {
        CloudBaseAuth c = client();
        signUpBySms(c, nextPhone());
        Session before = c.session().get();
        advanceClock(7300);
        c.getUserMe();
        Session after = c.session().get();
        assertNotEquals(before.accessToken(), after.accessToken());
        assertNotEquals(before.refreshToken(), after.refreshToken());
        c.signOut();
        assertTrue(c.session().isEmpty(), "sign-out left the session in place");
        assertThrows(NotSignedInException.class, c::getUserMe);
        CloudBaseAuth stale = client();
        stale.setSession(before);
        assertThrows(InvalidGrantException.class, stale::refreshSession);
        assertTrue(stale.session().isEmpty(), "invalid_grant left the session in place");
    }

    /** 100 threads on an expired session all succeed: one refresh (a second would spend a rotated token). */
    @Test
    void aHundredThreadsAfterExpiry() throws Exception {
        CloudBaseAuth c = client();
        c.signInAnonymously();
        advanceClock(7300);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<UserProfile>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(pool.submit(() -> c.getUserMe()));
        }
        for (Future<UserProfile> f : calls) {
            f.get();
        }
        pool.shutdown();
    }

    @Test
    void theAsyncTwinRunsTheSameCalls() throws Exception {
        CloudBaseAuth c = client();
        CompletableFuture<UserProfile> me = c.async().signInAnonymously().thenCompose(tokens -> c.async().getUserMe());
        UserProfile profile = me.get();
        assertEquals(c.session().get().sub().get(), profile.sub());
        c.close();
    }

    @Test
    void aFileStorageKeepsTheSessionFor0600() throws Exception {
        Path file = dir.resolve("tokens.json");
        CloudBaseAuth c = CloudBaseAuth.builder().envId(ENV).baseUrl(emulator() + "/auth/v1").storage(new FileTokenStorage(file)).build();
        c.signInAnonymously();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        CloudBaseAuth again = CloudBaseAuth.builder().envId(ENV).baseUrl(emulator() + "/auth/v1").storage(new FileTokenStorage(file)).build();
        again.getUserMe();
        assertEquals(c.deviceId(), again.deviceId());
    }

    /** A custom-login ticket; provider_id is the spec's fixed value, sent without being set. */
    @Test
    void customLoginTicket() throws Exception {
        TicketCredentials creds = TicketCredentials.parse(control("GET", "/emulator/v1/custom-login-credentials", null).toString());
        Clock emulatorTime = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(CLOCK_OFFSET.get()));
        String ticket = CustomLoginTicket.create(creds, "java-user-1", CustomLoginTicket.Options.builder().clock(emulatorTime).build());
        CloudBaseAuth c = client();
        TokenResponse tokens = c.signInCustom(CustomSignInRequest.builder().ticket(ticket).build());
        assertEquals(tokens.sub().get(), c.getUserMe().sub());
    }

    /** An administrator token from the API key pair (grant_type is the fixed value), used to look a user up. */
    @Test
    void adminTokenAndUserLookup() throws Exception {
        JsonNode pair = control("GET", "/emulator/v1/admin-credentials", null).get("key_pairs").get(0);
        CloudBaseAuth user = client();
        String number = nextPhone();
        signUpBySms(user, number);
        CloudBaseAuth admin = CloudBaseAuth.builder().envId(ENV).baseUrl(emulator() + "/auth/v1")
                .tc3Credentials(Tc3Credentials.of(pair.get("secret_id").textValue(), pair.get("secret_key").textValue()))
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(CLOCK_OFFSET.get()))).build();
        TokenResponse token = admin.getClientCredential();
        assertEquals("admin", token.scope().get());
        QueryUserResponse found = admin.queryUser(QueryUserRequest.builder().phoneNumber(number).build());
        assertEquals(1, found.total());
        assertEquals(user.session().get().sub().get(), found.data().get(0).sub());
    }

    @Test
    void aRefusedConnectionNamesTheHostAndTheCall() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CloudBaseAuth c = CloudBaseAuth.builder().envId(ENV).baseUrl("http://127.0.0.1:" + port + "/auth/v1").maxRetries(0).build();
        ConnectionException e = assertThrows(ConnectionException.class, c::signInAnonymously);
        assertTrue(e.getMessage().startsWith("cannot connect to 127.0.0.1:" + port + " (connection refused) for POST /auth/v1/signin/anonymously"),
                e.getMessage());
    }

    @Test
    void aBaseUrlWithoutAuthV1GetsTheHint() {
        CloudBaseAuth c = CloudBaseAuth.builder().envId(ENV).baseUrl(emulator()).maxRetries(0).build();
        ApiException e = assertThrows(ApiException.class, c::signInAnonymously);
        assertInstanceOf(ApiException.NotFound.class, e);
        assertTrue(e.getMessage().contains("the base URL must end in /auth/v1"), e.getMessage());
    }
}
