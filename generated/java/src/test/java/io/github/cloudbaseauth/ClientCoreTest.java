// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration, the request a call sends, and what its answer becomes. */
class ClientCoreTest {
    @Test
    void anUnknownOrMisspeltRegionIsAnErrorListingTheKnownOnes() {
        for (String region : new String[] {"ap-shangai", "AP-SHANGHAI", "", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ClientBuilder<>(TestApi.spec(), core -> core).envId("env").region(region).build());
            assertTrue(e.getMessage().contains("ap-shanghai, ap-guangzhou, ap-singapore"), e.getMessage());
        }
    }

    @Test
    void theRegionPicksTheGateway() {
        ClientCore mainland = new ClientBuilder<>(TestApi.spec(), core -> core).envId("env-1").region("ap-guangzhou").build();
        assertEquals("https://env-1.api.tcloudbasegateway.com/auth/v1", mainland.baseUrl);
        ClientCore intl = new ClientBuilder<>(TestApi.spec(), core -> core).envId("env-1").region("ap-singapore").build();
        assertEquals("https://env-1.api.intl.tcloudbasegateway.com/auth/v1", intl.baseUrl);
    }

    @Test
    void aBaseUrlWithAQueryOrAnHttpClientThatFollowsRedirectsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TestApi.builder(new FakeHttpClient()).baseUrl("https://h/auth/v1?x=1").build());
        assertThrows(IllegalArgumentException.class, () -> TestApi.builder(new FakeHttpClient()).baseUrl("ftp://h/auth/v1").build());
        HttpClient follows = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClientBuilder<>(TestApi.spec(), core -> core).envId("env").httpClient(follows).build());
        assertTrue(e.getMessage().contains("redirects"), e.getMessage());
    }

    @Test
    void aCallSendsTheDeviceIdAFreshRequestIdAndClientIdWithoutBearer() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("at-1", "rt-1", 7200)));
        ClientCore c = TestApi.builder(http).deviceId("device-0123456789abcdef").build();
        TestApi.signIn(c);
        TestApi.me(c);
        TestApi.me(c);
        List<FakeHttpClient.Sent> sent = http.requests();
        assertEquals("https://auth.test/auth/v1/signin?client_id=test-env", sent.get(0).uri.toString());
        assertEquals("device-0123456789abcdef", sent.get(0).header("x-device-id"));
        assertEquals("application/json", sent.get(0).header("content-type"));
        assertEquals("cloudbase-auth-java/9.9.9", sent.get(0).header("x-sdk-version"));
        assertNull(sent.get(0).header("authorization"));
        assertEquals("{\"username\":\"alice\",\"password\":\"Passw0rd!secret\"}", sent.get(0).body());
        assertEquals("https://auth.test/auth/v1/user/me", sent.get(1).uri.toString(), "no client_id with a Bearer token");
        assertEquals("Bearer at-1", sent.get(1).header("authorization"));
        assertTrue(sent.get(1).header("x-request-id").matches("[0-9a-f]{32}"));
        assertFalse(sent.get(1).header("x-request-id").equals(sent.get(2).header("x-request-id")), "a fresh id per call");
        assertEquals(0, sent.get(1).body.length, "a GET sends no body");
    }

    @Test
    void theCallersRequestIdAndBearerTokenWinAndPathValuesAreEncoded() {
        FakeHttpClient http = new FakeHttpClient();
        ClientCore c = TestApi.builder(http).build();
        c.execute(new Call(TestApi.UNBIND).path("provider_id", "a b/ü?"),
                RequestOptions.builder().requestId("req-1").bearerToken("someone-else").build(), n -> n);
        FakeHttpClient.Sent sent = http.requests().get(0);
        assertEquals("/auth/v1/user/provider/a%20b%2F%C3%BC%3F", sent.uri.getRawPath());
        assertEquals("req-1", sent.header("x-request-id"));
        assertEquals("Bearer someone-else", sent.header("authorization"));
    }

    @Test
    void bearerOrBasicSendsTheClientCredentialsWhenSignedOut() {
        FakeHttpClient http = new FakeHttpClient();
        ClientCore c = TestApi.builder(http).clientId("app").clientSecret("s3cret-value").build();
        c.execute(new Call(TestApi.AUTHORIZE_INFO), RequestOptions.none(), n -> n);
        FakeHttpClient.Sent sent = http.requests().get(0);
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("app:s3cret-value".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                sent.header("authorization"));
        assertEquals("client_id=app", sent.uri.getRawQuery());
    }

    @Test
    void aBearerCallWithoutASessionIsNotSignedIn() {
        ClientCore c = TestApi.builder(new FakeHttpClient()).build();
        assertThrows(NotSignedInException.class, () -> TestApi.me(c));
    }

    @Test
    void errorsAreTypedByCodeThenByStatusAndCarryEverything() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(400, "{\"error\":\"invalid_grant\",\"error_code\":4004,\"error_description\":\"refresh token is invalid\"}"),
                FakeHttpClient.json(403, "{\"error\":\"permission_denied\",\"error_description\":\"no\"}"),
                FakeHttpClient.json(200, "{\"error\":\"captcha_required\",\"error_code\":\"4028\"}"),
                FakeHttpClient.json(429, "{\"code\":\"LIMIT_EXCEEDED\",\"message\":\"slow down\",\"requestId\":\"gw-1\"}"),
                FakeHttpClient.json(500, ""));
        ClientCore c = TestApi.builder(http).build();
        ApiException e = assertThrows(ApiException.class, () -> TestApi.signIn(c));
        assertInstanceOf(TestApi.InvalidGrant.class, e);
        assertEquals(400, e.status());
        assertEquals("invalid_grant", e.error());
        assertEquals(4004, e.errorCode().getAsInt());
        assertEquals("refresh token is invalid", e.errorDescription());
        assertEquals(http.requests().get(0).header("x-request-id"), e.requestId().get());
        assertTrue(e.getMessage().startsWith("POST /auth/v1/signin: invalid_grant (HTTP 400, error_code 4004): refresh token is invalid [request_id="),
                e.getMessage());
        assertInstanceOf(ApiException.Forbidden.class, assertThrows(ApiException.class, () -> TestApi.signIn(c)));
        ApiException inside200 = assertThrows(ApiException.class, () -> TestApi.signIn(c));
        assertEquals(200, inside200.status());
        assertEquals(4028, inside200.errorCode().getAsInt());
        GatewayException gateway = assertThrows(GatewayException.class, () -> TestApi.signIn(c));
        assertEquals("LIMIT_EXCEEDED", gateway.error());
        assertEquals("gw-1", gateway.gatewayRequestId().get());
        ApiException blank = assertThrows(ApiException.class, () -> TestApi.signIn(c));
        assertInstanceOf(ApiException.ServerError.class, blank);
        assertEquals("internal_server_error", blank.error());
    }

    @Test
    void aNotFoundFromABaseUrlWithoutAuthV1SaysSo() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(404, "<html>nope</html>"));
        ClientCore c = TestApi.builder(http).baseUrl("http://127.0.0.1:9/").build();
        ApiException e = assertThrows(ApiException.class, () -> TestApi.signIn(c));
        assertTrue(e.getMessage().contains("the base URL must end in /auth/v1"), e.getMessage());
    }

    @Test
    void anAnswerThatIsNotTheJsonPromisedIsTheClientsOwnTypedError() {
        String[] bodies = {"", "   ", "<html>502 Bad Gateway</html>", "{\"access_token\": \"at", "[1, 2]", "\"text\""};
        for (String body : bodies) {
            FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, body));
            ClientCore c = TestApi.builder(http).build();
            InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> TestApi.signIn(c), body);
            assertEquals(200, e.status());
            assertFalse(e.getMessage().contains("access_token\": \"at"), "the message never quotes the answer");
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsAnInvalidResponseNamingTheField() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, "{\"total\":\"many\"}"));
        ClientCore c = TestApi.builder(http).build();
        InvalidResponseException e = assertThrows(InvalidResponseException.class,
                () -> c.execute(new Call(TestApi.SIGN_IN), RequestOptions.none(), n -> {
                    if (!n.get("total").isNumber()) {
                        throw new IllegalArgumentException("total: expected an integer, got a JSON string");
                    }
                    return n;
                }));
        assertTrue(e.getMessage().contains("total: expected an integer"), e.getMessage());
    }

    @Test
    void answersAreCappedAndTooDeepJsonIsRefused() {
        String big = "{\"x\":\"" + "a".repeat(2000) + "\"}";
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, big),
                FakeHttpClient.json(200, big).header("content-length", String.valueOf(big.length())),
                FakeHttpClient.json(200, "[".repeat(600) + "]".repeat(600)));
        ClientCore c = TestApi.builder(http).maxResponseBytes(1000).build();
        InvalidResponseException streamed = assertThrows(InvalidResponseException.class, () -> TestApi.signIn(c));
        assertTrue(streamed.getMessage().contains("larger than 1000 bytes"), streamed.getMessage());
        assertThrows(InvalidResponseException.class, () -> TestApi.signIn(c));
        ClientCore deep = TestApi.builder(http).build();
        InvalidResponseException nested = assertThrows(InvalidResponseException.class, () -> TestApi.signIn(deep));
        assertTrue(nested.getMessage().contains("nested deeper than 512"), nested.getMessage());
    }

    @Test
    void secretsNeverReachAnErrorMessageOrToString() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(400, "{\"error\":\"invalid_argument\",\"error_description\":\"bad password Passw0rd!secret for alice\"}"));
        ClientCore c = TestApi.builder(http).clientSecret("client-s3cret").build();
        ApiException e = assertThrows(ApiException.class, () -> TestApi.signIn(c));
        assertFalse(e.getMessage().contains("Passw0rd!secret"), e.getMessage());
        assertTrue(e.getMessage().contains(Redaction.REDACTED), e.getMessage());
        assertFalse(c.toString().contains("client-s3cret"));
        ObjectNode body = (ObjectNode) TestApi.json("{\"sudo_token\":\"sudo-abcdef\"}");
        FakeHttpClient echo = new FakeHttpClient().reply(FakeHttpClient.json(403, "{\"error\":\"permission_denied\",\"error_description\":\"sudo-abcdef is spent\"}"));
        ClientCore spec = TestApi.builder(echo).build();
        ApiException denied = assertThrows(ApiException.class, () -> spec.execute(new Call(TestApi.SIGN_IN).body(body), RequestOptions.none(), n -> n));
        assertFalse(denied.getMessage().contains("sudo-abcdef"), denied.getMessage());
        FakeHttpClient query = new FakeHttpClient().reply(FakeHttpClient.json(400, "{\"error\":\"captcha_invalid\",\"error_description\":\"captcha.1a2b3c used\"}"));
        ClientCore q = TestApi.builder(query).build();
        ApiException captcha = assertThrows(ApiException.class,
                () -> q.execute(new Call(TestApi.SIGN_IN).query("captcha_token", "captcha.1a2b3c"), RequestOptions.none(), n -> n));
        assertFalse(captcha.getMessage().contains("captcha.1a2b3c"), captcha.getMessage());
    }

    @Test
    void tc3SignsTheRequestAsSentWithTheUtcDate() {
        FakeHttpClient http = new FakeHttpClient().reply(FakeHttpClient.json(200, TestApi.tokens("admin-1", null, 432000)));
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1767225600L), java.time.ZoneId.of("Asia/Shanghai"));
        ClientCore c = TestApi.builder(http).tc3Credentials(Tc3Credentials.of("AKIDtest", "key-secret")).clock(clock).build();
        c.execute(new Call(TestApi.ADMIN).body((ObjectNode) TestApi.json("{\"grant_type\":\"client_credentials\"}")), RequestOptions.none(), n -> n);
        String auth = http.requests().get(0).header("authorization");
        // 1767225599 is 2025-12-31T23:59:59Z (already 2026-01-01 in Shanghai): the scope's date is UTC's.
        assertTrue(auth.startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/2025-12-31/tcb/tc3_request, SignedHeaders=content-type;host, Signature="), auth);
        assertTrue(auth.endsWith("Timestamp=1767225599"), auth);
        String expected = Tc3Credentials.of("AKIDtest", "key-secret").authorization("POST", "/auth/v1/token/clientCredential", "", "auth.test",
                "application/json", "{\"grant_type\":\"client_credentials\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1767225599L);
        assertEquals(expected, auth);
        assertEquals("admin-1", c.session().get().accessToken());
    }

    /** A logger that keeps every line, at every level. */
    static final class Recording implements System.Logger {
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(msg);
        }

        @Override
        public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
            lines.add(params == null || params.length == 0 ? format : java.text.MessageFormat.format(format, params));
        }
    }

    @Test
    void debugLogsShowEveryAttemptWithEverySecretRedacted() {
        FakeHttpClient http = new FakeHttpClient().reply(
                FakeHttpClient.json(503, "{}").header("retry-after", "0"),
                FakeHttpClient.json(400, "{\"error\":\"invalid_argument\",\"error_description\":\"Passw0rd!secret is weak\"}"));
        Recording log = new Recording();
        ClientCore c = TestApi.builder(http).logger(log).maxRetries(1).build();
        ObjectNode body = (ObjectNode) TestApi.json(
                "{\"username\":\"alice\",\"password\":\"Passw0rd!secret\",\"profile\":{\"x-spec-secret\":\"spec-hidden\"}}");
        assertThrows(ApiException.class, () -> c.execute(new Call(TestApi.SIGN_IN).body(body).query("captcha_token", "captcha-hidden"),
                RequestOptions.none(), n -> n));
        String all = String.join("\n", log.lines);
        assertTrue(all.contains("cloudbase: request POST /auth/v1/signin attempt=2"), all);
        assertTrue(all.contains("cloudbase: retry"), all);
        assertTrue(all.contains("alice"), all);
        for (String secret : new String[] {"Passw0rd!secret", "captcha-hidden", "spec-hidden"}) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
    }
}
