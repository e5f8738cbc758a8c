// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cloudbaseauth.model.WireModel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared vectors (generated/vectors, the files the Python and Go clients pass), run through
 * the generated methods: a REQUEST case's call must send exactly its request; a RESPONSE case's
 * answer must become its result (and session) or its error; a SIGNATURE case's inputs must sign
 * to its Authorization. The generated VectorCalls holds one call per operation; the runtime alone
 * has none, so there the vectors are not run (they run in generated/java).
 */
@Tag("vectors")
class VectorsTest {
    private static Method callMethod;
    private static SpecData spec;

    private static void load() {
        try {
            Class<?> calls = Class.forName("io.github.cloudbaseauth.VectorCalls");
            callMethod = calls.getDeclaredMethod("call", ClientCore.class, String.class, JsonNode.class, RequestOptions.class);
            spec = (SpecData) calls.getDeclaredMethod("spec").invoke(null);
        } catch (ClassNotFoundException e) {
            Assumptions.abort("no generated operations (the runtime alone): the vectors run in generated/java");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dir() {
        String env = System.getenv("CLOUDBASE_VECTORS");
        return Paths.get(env == null || env.isEmpty() ? "../vectors" : env);
    }

    private static List<JsonNode> files() throws IOException {
        load();
        Path index = dir().resolve("index.json");
        assertTrue(Files.isRegularFile(index), "no vectors at " + dir() + " (set CLOUDBASE_VECTORS)");
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode entry : TestApi.json(Files.readString(index)).get("operations")) {
            out.add(TestApi.json(Files.readString(dir().resolve(entry.get("file").textValue()))));
        }
        return out;
    }

    private static FakeHttpClient.Reply reply(JsonNode response) {
        JsonNode body = response.get("body");
        FakeHttpClient.Reply r = FakeHttpClient.json(response.get("status").intValue(), body == null || body.isNull() ? "" : body.toString());
        response.get("headers").properties().forEach(h -> r.header(h.getKey(), h.getValue().asText()));
        return r;
    }

    private static final class Run {
        ClientCore core;
        FakeHttpClient http;
        Object result;
        RuntimeException error;
    }

    private static Run run(String operationId, JsonNode vc, FakeHttpClient.Reply answer) {
        Run run = new Run();
        run.http = new FakeHttpClient().reply(answer);
        JsonNode client = vc.get("client");
        ClientBuilder<ClientCore> b = new ClientBuilder<>(spec, core -> core).envId(client.get("env_id").textValue())
                .clientId(client.get("client_id").textValue()).baseUrl(client.get("base_url").textValue())
                .deviceId(client.get("device_id").textValue()).maxRetries(client.get("max_retries").intValue()).httpClient(run.http);
        if (client.hasNonNull("client_secret")) {
            b.clientSecret(client.get("client_secret").textValue());
        }
        JsonNode call = vc.get("call");
        if (call.hasNonNull("tc3")) {
            b.tc3Credentials(Tc3Credentials.of(call.get("tc3").get("secret_id").textValue(), call.get("tc3").get("secret_key").textValue()));
        }
        run.core = b.build();
        if (client.hasNonNull("session")) {
            run.core.setSession(Session.fromTokenResponse(client.get("session"), java.time.Instant.now()));
        }
        RequestOptions options = RequestOptions.builder().requestId(call.get("request_id").textValue()).build();
        try {
            run.result = callMethod.invoke(null, run.core, operationId, call.get("arguments"), options);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof RuntimeException)) {
                throw new IllegalStateException(e.getCause());
            }
            run.error = (RuntimeException) e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return run;
    }

    @TestFactory
    Stream<DynamicTest> requests() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode file : files()) {
            String op = file.get("operation_id").textValue();
            FakeHttpClient.Reply success = FakeHttpClient.json(200, "{}");
            for (JsonNode r : file.get("responses")) {
                if (r.get("response").get("status").intValue() / 100 == 2 && r.get("expect").has("result")) {
                    success = reply(r.get("response")); // the operation's first documented success
                    break;
                }
            }
            FakeHttpClient.Reply answer = success;
            for (JsonNode vc : file.get("requests")) {
                tests.add(DynamicTest.dynamicTest(vc.get("name").textValue(), () -> checkRequest(op, vc, answer)));
            }
        }
        return tests.stream();
    }

    private static void checkRequest(String op, JsonNode vc, FakeHttpClient.Reply answer) {
        Assumptions.assumeFalse(vc.has("unsupported"), () -> vc.get("unsupported").textValue());
        Run run = run(op, vc, answer);
        if (run.error != null) {
            throw new AssertionError("the call failed: " + run.error.getMessage(), run.error);
        }
        List<FakeHttpClient.Sent> sent = run.http.requests();
        assertEquals(1, sent.size(), "one request for one call");
        FakeHttpClient.Sent s = sent.get(0);
        JsonNode want = vc.get("request");
        assertEquals(want.get("method").textValue(), s.method);
        assertEquals(want.get("path").textValue(), s.uri.getRawPath());
        List<String> query = new ArrayList<>();
        if (s.uri.getRawQuery() != null) {
            for (String pair : s.uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.add(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8) + "\u0000"
                        + URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        List<String> wantQuery = new ArrayList<>();
        want.get("query").forEach(p -> wantQuery.add(p.get(0).textValue() + "\u0000" + p.get(1).textValue()));
        query.sort(Comparator.naturalOrder());
        wantQuery.sort(Comparator.naturalOrder());
        assertEquals(wantQuery, query, "the query");
        want.get("headers").properties().forEach(h -> assertEquals(h.getValue().textValue(), s.header(h.getKey()), "header " + h.getKey()));
        want.get("header_patterns").properties().forEach(h -> {
            String got = s.header(h.getKey());
            assertNotNull(got, "header " + h.getKey());
            assertTrue(Pattern.compile(h.getValue().textValue()).matcher(got).find(), "header " + h.getKey() + ": " + got);
        });
        want.get("absent_headers").forEach(h -> assertNull(s.header(h.textValue()), "header " + h.textValue() + " must not be sent"));
        JsonNode body = want.get("body");
        if (body == null || body.isNull()) {
            assertEquals(0, s.body.length, "no body");
        } else {
            assertTrue(sameJson(body, TestApi.json(s.body())), "body " + s.body() + ", want " + body);
        }
    }

    @TestFactory
    Stream<DynamicTest> responses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode file : files()) {
            String op = file.get("operation_id").textValue();
            for (JsonNode vc : file.get("responses")) {
                tests.add(DynamicTest.dynamicTest(vc.get("name").textValue(), () -> checkResponse(op, vc)));
            }
        }
        return tests.stream();
    }

    private static void checkResponse(String op, JsonNode vc) {
        Assumptions.assumeFalse(vc.has("unsupported"), () -> vc.get("unsupported").textValue());
        Run run = run(op, vc, reply(vc.get("response")));
        assertEquals(1, run.http.requests().size(), "one answer, one request (no retry, no refresh)");
        JsonNode expect = vc.get("expect");
        if (expect.has("result")) {
            if (run.error != null) {
                throw new AssertionError("a documented success failed: " + run.error.getMessage(), run.error);
            }
            ObjectNode got = run.result == null ? Json.object() : ((WireModel) run.result).toJson();
            assertTrue(sameJson(withoutEmpty(expect.get("result").get("fields")), withoutEmpty(got)),
                    "result " + got + ", want " + expect.get("result").get("fields"));
            JsonNode after = expect.get("session_after");
            String wantToken = after == null || after.isNull() ? null : after.get("access_token").textValue();
            assertEquals(wantToken, run.core.session().map(Session::accessToken).orElse(null), "the session after the call");
            return;
        }
        JsonNode want = expect.get("error");
        if (!(run.error instanceof ApiException)) {
            fail("want an ApiException, got " + run.error + " (result " + run.result + ")");
        }
        ApiException e = (ApiException) run.error;
        assertEquals(want.get("status").intValue(), e.status());
        assertEquals(want.get("code").textValue(), e.error());
        if (want.get("catalogued").booleanValue()) {
            assertEquals(want.get("name_stem").textValue() + "Exception", e.getClass().getSimpleName());
            assertTrue(ApiException.forStatus(want.get("catalogue_status").intValue()).create(0, "", null, "", null, null).getClass()
                    .isAssignableFrom(e.getClass()), "the class is under its status class");
        }
        if (want.hasNonNull("error_code")) {
            assertEquals(want.get("error_code").intValue(), e.errorCode().getAsInt());
        }
        if (want.hasNonNull("error_description")) {
            assertTrue(e.errorDescription().startsWith(want.get("error_description").textValue()), e.errorDescription());
        }
        assertEquals(vc.get("call").get("request_id").textValue(), e.requestId().orElse(null));
    }

    @TestFactory
    Stream<DynamicTest> signatures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode file : files()) {
            if (!file.has("signatures")) {
                continue;
            }
            for (JsonNode sc : file.get("signatures")) {
                tests.add(DynamicTest.dynamicTest(sc.get("name").textValue(), () -> {
                    JsonNode in = sc.get("input");
                    in.get("headers").fieldNames().forEachRemaining(name -> assertTrue(
                            name.equals("content-type") || name.equals("host"), "the Java signer signs content-type and host only, not " + name));
                    JsonNode c = sc.get("credentials");
                    Tc3Credentials creds = Tc3Credentials.of(c.get("secret_id").textValue(), c.get("secret_key").textValue(),
                            c.hasNonNull("session_token") ? c.get("session_token").textValue() : null);
                    String got = creds.authorization(in.get("method").textValue(), in.get("path").textValue(), in.get("query").textValue(),
                            in.get("headers").get("host").textValue(), in.get("headers").get("content-type").textValue(),
                            in.get("body").textValue().getBytes(StandardCharsets.UTF_8), in.get("timestamp").longValue());
                    assertEquals(sc.get("authorization").textValue(), got);
                }));
            }
        }
        return tests.stream();
    }

    /** An empty list or object is the same as an absent one (a client may write either back). */
    static JsonNode withoutEmpty(JsonNode fields) {
        ObjectNode out = Json.object();
        fields.properties().forEach(e -> {
            if (!(e.getValue().isContainerNode() && e.getValue().size() == 0) && !e.getValue().isNull()) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /** JSON equality with numbers compared by value and date-times by instant. */
    static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            if (a.textValue().equals(b.textValue())) {
                return true;
            }
            try {
                return OffsetDateTime.parse(a.textValue()).toInstant().equals(OffsetDateTime.parse(b.textValue()).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!b.has(e.getKey()) || !sameJson(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }


}
