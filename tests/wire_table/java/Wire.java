// The Java client's side of the hand-written wire table (tests/wire_table/table.py): one call per
// case against the recording server, tagged with the case as its request id. Reads the job
// (JSON) on stdin, prints {case: [session before, session after]} as JSON ("-": no session).
// A call that throws is reported on stderr and the run goes on, then exits 1 (the test wants 0).
// Run by tests/wire_table/test_java_wire.py, compiled against the built client; it uses the
// client's public API only, as a user would.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.RequestOptions;
import io.github.cloudbaseauth.Session;
import io.github.cloudbaseauth.Tc3Credentials;
import io.github.cloudbaseauth.model.AnonymousSignInRequest;
import io.github.cloudbaseauth.model.CheckIfUserExistRequest;
import io.github.cloudbaseauth.model.CheckUsernameRequest;
import io.github.cloudbaseauth.model.ClientCredentialRequest;
import io.github.cloudbaseauth.model.DeleteUserMeRequest;
import io.github.cloudbaseauth.model.GetAuthorizeInfoRequest;
import io.github.cloudbaseauth.model.RevokeRequest;
import io.github.cloudbaseauth.model.SignInRequest;
import io.github.cloudbaseauth.model.SignOutRequest;
import io.github.cloudbaseauth.model.SudoRequest;
import io.github.cloudbaseauth.model.TokenRequest;
import io.github.cloudbaseauth.model.UnbindProviderRequest;
import io.github.cloudbaseauth.model.UpdatePasswordRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

public final class Wire {
    private Wire() {}

    /** One call per case of the table; the second argument is that call's options (its request id). */
    private static Map<String, BiConsumer<CloudBaseAuth, RequestOptions>> calls() {
        Map<String, BiConsumer<CloudBaseAuth, RequestOptions>> calls = new LinkedHashMap<>();
        calls.put("signIn", (c, o) -> c.signIn(
                SignInRequest.builder().username("wire-user").password("Passw0rd!wire").build(), o));
        calls.put("signInAnonymously", (c, o) -> c.signInAnonymously(
                AnonymousSignInRequest.builder().build(), o));
        calls.put("grantToken", (c, o) -> c.grantToken(
                TokenRequest.builder().grantType("refresh_token").refreshToken("rt-x").build(), o));
        calls.put("checkIfUserExist", (c, o) -> c.checkIfUserExist(
                CheckIfUserExistRequest.builder().username("wire-user").build(), o));
        calls.put("introspectToken", (c, o) -> c.introspectToken(o));
        calls.put("revokeToken", (c, o) -> c.revokeToken(
                RevokeRequest.builder().build(), o));
        calls.put("getUserMe", (c, o) -> c.getUserMe(o));
        calls.put("deleteUserMe", (c, o) -> c.deleteUserMe(
                DeleteUserMeRequest.builder().sudoToken("sudo-wire").build(), o));
        calls.put("sudo", (c, o) -> c.sudo(SudoRequest.builder().password("Passw0rd!wire").build(), o));
        calls.put("updatePassword", (c, o) -> c.updatePassword(
                UpdatePasswordRequest.builder().newPassword("N3w-Passw0rd!wire").sudoToken("sudo-wire").build(), o));
        calls.put("listProviders", (c, o) -> c.listProviders(o));
        calls.put("unbindProvider", (c, o) -> c.unbindProvider(
                UnbindProviderRequest.builder().providerId("github").build(), o));
        calls.put("signOut", (c, o) -> c.signOut(SignOutRequest.builder().build(), o));
        calls.put("revokeAllDevices", (c, o) -> c.revokeAllDevices(o));
        calls.put("checkUsername", (c, o) -> c.checkUsername(
                CheckUsernameRequest.builder().username("wire-user").build(), o));
        BiConsumer<CloudBaseAuth, RequestOptions> authorizeInfo = (c, o) -> c.getAuthorizeInfo(
                GetAuthorizeInfoRequest.builder().responseType("code").build(), o);
        calls.put("getAuthorizeInfo/signedIn", authorizeInfo);
        calls.put("getAuthorizeInfo/signedOut", authorizeInfo);
        calls.put("getClientCredential", (c, o) -> c.getClientCredential(
                ClientCredentialRequest.builder().build(), o));
        return calls;
    }

    private static String token(CloudBaseAuth client) {
        return client.session().map(Session::accessToken).orElse("-");
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode job = json.readTree(System.in);
        Set<String> signedIn = new HashSet<>();
        job.get("signedIn").forEach(c -> signedIn.add(c.asText()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        boolean failed = false;
        for (Map.Entry<String, BiConsumer<CloudBaseAuth, RequestOptions>> call : calls().entrySet()) {
            String name = call.getKey();
            try (CloudBaseAuth client = CloudBaseAuth.builder()
                    .envId(job.get("env").asText())
                    .baseUrl(job.get("url").asText())
                    .clientId(job.get("clientId").asText())
                    .clientSecret(job.get("clientSecret").asText())
                    .tc3Credentials(Tc3Credentials.of(job.get("secretId").asText(), job.get("secretKey").asText()))
                    .maxRetries(0)
                    .build()) {
                if (signedIn.contains(name)) {
                    client.setSession(Session.builder()
                            .tokenType("Bearer")
                            .accessToken(job.get("sessionToken").asText())
                            .refreshToken("rt-the-session-before")
                            .expiresAt(Instant.now().plus(Duration.ofHours(2)))
                            .build());
                }
                String before = token(client);
                try {
                    call.getValue().accept(client, RequestOptions.builder().requestId(name.replace('/', '-')).build());
                } catch (RuntimeException e) {
                    System.err.println(name + ": " + e.getClass().getName() + ": " + e.getMessage());
                    failed = true;
                }
                out.put(name, List.of(before, token(client)));
            }
        }
        System.out.print(json.writeValueAsString(out));
        System.out.flush();
        if (failed) {
            System.exit(1);
        }
    }
}
