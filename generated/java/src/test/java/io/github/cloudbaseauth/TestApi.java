// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small spec for the runtime's own tests (the generated ApiSpec holds the real one). */
final class TestApi {
    static final OperationSpec SIGN_IN = new OperationSpec("signIn", "POST", "/signin", "none", true, false, true, null);
    static final OperationSpec ME = new OperationSpec("getUserMe", "GET", "/user/me", "bearer", false, false, false, null);
    static final OperationSpec REFRESH = new OperationSpec("grantToken", "POST", "/token", "none", true, false, true, null);
    static final OperationSpec REVOKE = new OperationSpec("revokeToken", "POST", "/revoke", "bearer_optional", false, true, true, "token");
    static final OperationSpec SIGN_OUT = new OperationSpec("signOut", "POST", "/user/signout", "bearer", false, true, false, null);
    static final OperationSpec ADMIN = new OperationSpec("getClientCredential", "POST", "/token/clientCredential", "tc3", true, false, false, null);
    static final OperationSpec UNBIND = new OperationSpec("unbindProvider", "DELETE", "/user/provider/{provider_id}", "bearer", false, false, false, null);
    static final OperationSpec INTROSPECT = new OperationSpec("introspectToken", "GET", "/token/introspect", "bearer", false, false, false, null);
    static final OperationSpec AUTHORIZE_INFO = new OperationSpec("getAuthorizeInfo", "GET", "/user/authorize/info", "bearer_or_basic", false, false, true, null);
    static final String BASE = "https://auth.test/auth/v1";

    /** The catalogue's class of one code, as the generated errors package makes them. */
    static final class InvalidGrant extends ApiException.BadRequest {
        private static final long serialVersionUID = 1L;

        InvalidGrant(int status, String error, Integer errorCode, String description, String requestId, String operation) {
            super(status, error, errorCode, description, requestId, operation);
        }
    }

    /** A client as the generated CloudBaseAuth is one: what TokenVerifier.builder takes. */
    static final class Client extends AuthClient {
        Client(ClientCore core) {
            super(core);
        }
    }

    private TestApi() {}

    static SpecData spec() {
        return new SpecData("https://{envId}.api.tcloudbasegateway.com/auth/v1", "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1",
                List.of("ap-shanghai", "ap-guangzhou"), List.of("ap-singapore"), Set.of("x-spec-secret", "sudo_token"), REFRESH,
                Map.of("grant_type", "refresh_token"), ADMIN, Map.of("grant_type", "client_credentials"),
                INTROSPECT, Map.of("invalid_grant", InvalidGrant::new), "9.9.9");
    }

    static ClientBuilder<ClientCore> builder(FakeHttpClient http) {
        return new ClientBuilder<>(spec(), core -> core).envId("test-env").baseUrl(BASE).httpClient(http).maxRetries(0);
    }

    static ClientBuilder<Client> client(FakeHttpClient http) {
        return new ClientBuilder<>(spec(), Client::new).envId("test-env").baseUrl(BASE).httpClient(http).maxRetries(0);
    }

    static JsonNode json(String text) {
        try {
            return Json.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Json.NotJson e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static String tokens(String access, String refresh, int expiresIn) {
        return "{\"token_type\":\"Bearer\",\"access_token\":\"" + access + "\"" + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"")
                + ",\"expires_in\":" + expiresIn + ",\"sub\":\"user-1\"}";
    }

    static JsonNode signIn(ClientCore c) {
        return c.execute(new Call(SIGN_IN).body((ObjectNode) json("{\"username\":\"alice\",\"password\":\"Passw0rd!secret\"}")),
                RequestOptions.none(), n -> n);
    }

    static JsonNode me(ClientCore c) {
        return c.execute(new Call(ME), RequestOptions.none(), n -> n);
    }

    static JsonNode me(ClientCore c, RequestOptions options) {
        return c.execute(new Call(ME), options, n -> n);
    }
}
