package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.InvalidResponseException;
import io.github.cloudbaseauth.Tc3Credentials;
import io.github.cloudbaseauth.model.CustomSignInRequest;
import io.github.cloudbaseauth.model.QueryUserRequest;
import io.github.cloudbaseauth.model.SignInRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rules every client follows, through the generated client's public API: regions from the
 * spec (an unknown one is an error listing the known ones), the spec's fixed values sent when
 * left out, and a 2xx answer missing a required field (at any depth) is the client's own
 * InvalidResponseException. The service is a JDK HttpServer on a loopback port with canned answers.
 */
@Tag("e2e")
class ClientRulesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    HttpServer server;
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();

    /** The canned service; its /auth/v1 URL. */
    String service() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] raw = in.readAllBytes();
                if (raw.length > 0) {
                    bodies.add(JSON.readTree(raw));
                }
                byte[] body = answers.getOrDefault(exchange.getRequestURI().getPath(), "{}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/v1";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anUnknownRegionIsAnErrorListingTheKnownOnesNeverAnotherHost() {
        for (String region : new String[] {"ap-shangai", "AP-SHANGHAI", "", " ap-shanghai"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CloudBaseAuth.builder().envId("my-env").region(region).build(), region);
            assertTrue(e.getMessage().startsWith("region: unknown region"), e.getMessage());
            assertTrue(e.getMessage().contains("ap-shanghai") && e.getMessage().contains("ap-singapore")
                    && e.getMessage().contains("eu-frankfurt"), "the known regions, mainland and international: " + e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> CloudBaseAuth.builder().envId("my-env").region(null).build());
        assertEquals("https://my-env.api.intl.tcloudbasegateway.com/auth/v1",
                CloudBaseAuth.builder().envId("my-env").region("ap-singapore").build().baseUrl());
        assertEquals("https://my-env.api.tcloudbasegateway.com/auth/v1",
                CloudBaseAuth.builder().envId("my-env").region("ap-guangzhou").build().baseUrl());
        assertEquals("https://my-env.api.tcloudbasegateway.com/auth/v1", CloudBaseAuth.builder().envId("my-env").build().baseUrl());
    }

    @Test
    void theSpecsFixedValuesAreSentWhenLeftOut() throws Exception {
        String base = service();
        answers.put("/auth/v1/signin/custom", "{\"token_type\":\"Bearer\",\"access_token\":\"at\",\"expires_in\":7200}");
        answers.put("/auth/v1/token/clientCredential", "{\"token_type\":\"Bearer\",\"access_token\":\"admin\",\"expires_in\":7200,\"scope\":\"admin\"}");
        CloudBaseAuth c = CloudBaseAuth.builder().envId("my-env").baseUrl(base).maxRetries(0)
                .tc3Credentials(Tc3Credentials.of("AKIDexample", "secret-key-example")).build();
        c.signInCustom(CustomSignInRequest.builder().ticket("a-ticket").build());
        c.getClientCredential();
        assertEquals("custom", bodies.get(0).get("provider_id").textValue());
        assertEquals("client_credentials", bodies.get(1).get("grant_type").textValue());
        c.signInCustom(CustomSignInRequest.builder().ticket("a-ticket").providerId("another").build());
        assertEquals("another", bodies.get(2).get("provider_id").textValue(), "a value the caller sets wins");
    }

    @Test
    void aSuccessMissingARequiredFieldIsAnInvalidResponse() throws Exception {
        String base = service();
        answers.put("/auth/v1/signin", "{\"token_type\":\"Bearer\",\"access_token\":\"at-1\"}");
        answers.put("/auth/v1/user/me", "{\"name\":\"no sub\"}");
        answers.put("/auth/v1/user/query", "{\"total\":1,\"data\":[{\"name\":\"nested, no sub\"}]}");
        CloudBaseAuth c = CloudBaseAuth.builder().envId("my-env").baseUrl(base).maxRetries(0).build();
        InvalidResponseException signIn = assertThrows(InvalidResponseException.class,
                () -> c.signIn(SignInRequest.builder().username("alice").password("Passw0rd!x").build()));
        assertEquals(200, signIn.status());
        assertTrue(signIn.getMessage().contains("expires_in"), signIn.getMessage());
        assertFalse(signIn.getMessage().contains("at-1"), "never the answer's values: " + signIn.getMessage());
        InvalidResponseException me = assertThrows(InvalidResponseException.class, c::getUserMe);
        assertTrue(me.getMessage().contains("sub"), me.getMessage());
        InvalidResponseException nested = assertThrows(InvalidResponseException.class,
                () -> c.queryUser(QueryUserRequest.builder().username("alice").build()));
        assertTrue(nested.getMessage().contains("sub"), nested.getMessage());
        answers.put("/auth/v1/user/me", "{\"sub\":null}");
        assertThrows(InvalidResponseException.class, c::getUserMe, "null is no value for a required field");
    }
}
