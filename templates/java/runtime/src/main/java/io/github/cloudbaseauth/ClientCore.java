package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's engine: configuration, the session and its refresh, and {@link #execute}, which
 * every generated method calls. Thread-safe; one per client.
 */
final class ClientCore {
    static final Duration REFRESH_SKEW = Duration.ofSeconds(30);
    private static final Pattern ENV_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
    private static final AtomicInteger THREADS = new AtomicInteger();

    final SpecData spec;
    final String envId;
    final String region;
    final String clientId;
    private final String clientSecret;
    final Tc3Credentials tc3;
    final URI base; // without a trailing slash
    final String baseUrl;
    final TokenStorage storage;
    final String deviceId;
    final String sessionKey;
    final String userAgent;
    private final Transport transport;
    private final System.Logger logger;
    private final Clock clock;
    private final Duration timeout;
    private final int maxRetries;
    private final Object executorGuard = new Object();
    private final java.util.concurrent.Executor givenExecutor;
    private ExecutorService ownExecutor; // guarded by executorGuard

    private volatile Session session;

    ClientCore(ClientBuilder<?> b) {
        this.spec = b.spec;
        if (b.envId == null || b.envId.isEmpty()) {
            throw new IllegalArgumentException("envId: the environment id is required");
        }
        this.envId = b.envId;
        this.region = checkRegion(b.region, spec);
        this.clientId = b.clientId == null || b.clientId.isEmpty() ? envId : b.clientId;
        this.clientSecret = b.clientSecret == null ? "" : b.clientSecret;
        this.tc3 = b.tc3;
        this.logger = b.logger != null ? b.logger : System.getLogger("io.github.cloudbaseauth");
        this.base = baseUri(b.baseUrl, envId, region, spec, logger);
        this.baseUrl = base.toString();
        HttpClient http = b.httpClient;
        if (http == null) {
            // HTTP/1.1: no h2c upgrade attempt on plain-HTTP hosts (an emulator, a proxy).
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        } else if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException(
                    "httpClient: the HttpClient must not follow redirects (Redirect.NEVER): a redirect could carry credentials to another host");
        }
        this.clock = b.clock;
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.transport = new Transport(http, b.maxResponseBytes, this.logger, b.clock, ThreadLocalRandom::current);
        this.storage = b.storage != null ? b.storage : new MemoryTokenStorage();
        this.userAgent = "cloudbase-auth-java/" + spec.version();
        this.givenExecutor = b.executor;
        this.sessionKey = "credentials_" + clientId;
        this.deviceId = Ids.deviceId(storage, b.deviceId);
        this.session = loadSession();
    }

    // -- configuration -------------------------------------------------------------------------

    private static String checkRegion(String region, SpecData spec) {
        // (List.of's contains(null) would throw a bare NullPointerException.)
        if (region != null && (spec.chinaRegions().contains(region) || spec.intlRegions().contains(region))) {
            return region;
        }
        List<String> known = new ArrayList<>(spec.chinaRegions());
        known.addAll(spec.intlRegions());
        throw new IllegalArgumentException("region: unknown region " + CustomLoginTicket.jsString(String.valueOf(region))
                + " (known: " + String.join(", ", known) + "); for another host, set baseUrl(...)");
    }

    private static URI baseUri(String given, String envId, String region, SpecData spec, System.Logger logger) {
        String text = given;
        if (text == null || text.isEmpty()) {
            if (!ENV_ID.matcher(envId).matches()) {
                throw new IllegalArgumentException(
                        "envId: the environment id may only hold letters, digits, '-' and '_' (or set baseUrl(...))");
            }
            String template = spec.chinaRegions().contains(region) ? spec.gatewayUrl() : spec.intlGatewayUrl();
            text = template.replace("{envId}", envId);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl: not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl: the base URL must be an absolute http(s) URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || text.contains("?") || text.contains("#")) {
            throw new IllegalArgumentException("baseUrl: the base URL must not have a query (?...) or a fragment (#...):"
                    + " operation paths are appended to it (got " + scheme + "://" + uri.getRawAuthority() + uri.getRawPath() + "...)");
        }
        if (uri.getRawUserInfo() != null) {
            // Never shown and never sent: it would replace the client's own credentials.
            logger.log(System.Logger.Level.WARNING, "cloudbase: the user name and password in the base URL are ignored (not sent, not shown)", (Throwable) null);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost() + port + path);
    }

    // -- the session ---------------------------------------------------------------------------

    Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The stored session; an unreadable entry (not a session) is ignored with a warning. */
    private Session loadSession() {
        Optional<String> raw = storage.get(sessionKey);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Session.fromStored(raw.get());
        } catch (IllegalArgumentException e) {
            logger.log(System.Logger.Level.WARNING, "cloudbase: ignoring an unreadable stored session (" + sessionKey + ")", (Throwable) null);
            return null;
        }
    }

    /** Makes {@code s} the session: memory first (the call succeeded whatever storage says). */
    private void storeSession(Session s, boolean strict) {
        session = s;
        try {
            storage.set(sessionKey, s.toStored());
        } catch (StorageException e) {
            if (strict) {
                throw e;
            }
            logger.log(System.Logger.Level.WARNING, "cloudbase: could not persist the session: " + e.getMessage(), (Throwable) null);
        }
    }

    void setSession(Session s) {
        storeSession(s, true);
    }

    void clearSession() {
        session = null;
        storage.delete(sessionKey);
    }

    private boolean needsRefresh(Session s) {
        return s.expiresWithin(REFRESH_SKEW, clock.instant());
    }

    /** The store's lock until the call's deadline, or the call's timeout error. */
    private TokenStorage.Lock lockRefresh(Deadline deadline, OperationSpec op) {
        return storage.tryLock(deadline.remaining())
                .orElseThrow(() -> new CallTimeoutException(base.getAuthority(), "the call's deadline passed waiting for the session's lock",
                        op.method(), base.getRawPath() + op.path(), null, false));
    }

    /** The session to send, refreshed first (once, however many threads) when it is about to expire. */
    private Session freshSession(Deadline deadline, OperationSpec op) {
        Session s = session;
        if (s == null) {
            throw new NotSignedInException(op.operationId() + " needs a signed-in session: sign in first");
        }
        if (!needsRefresh(s)) {
            return s;
        }
        try (TokenStorage.Lock held = lockRefresh(deadline, op)) {
            Session current = session;
            if (current == null) {
                throw new NotSignedInException("the session was cleared: sign in again");
            }
            if (!needsRefresh(current)) {
                return current; // another thread refreshed it while this one waited
            }
            Session fresh = refreshLocked(current, deadline);
            if (fresh != null) {
                return fresh;
            }
            if (current.expiresWithin(Duration.ZERO, clock.instant())) {
                throw new NotSignedInException("the session has expired and has no refresh token: sign in again");
            }
            return current; // usable until it actually expires
        }
    }

    /** Refreshes now (spending the refresh token) unless another thread or process just did. */
    Session refreshSession() {
        Session before = session;
        if (before == null) {
            throw new NotSignedInException("no session to refresh: sign in first");
        }
        Deadline deadline = new Deadline(timeout);
        try (TokenStorage.Lock held = lockRefresh(deadline, spec.refresh())) {
            Session current = session;
            if (current == null) {
                throw new NotSignedInException("the session was cleared: sign in again");
            }
            if (current != before) {
                return current; // refreshed or replaced while this call waited: do not spend it again
            }
            Session fresh = refreshLocked(current, deadline);
            if (fresh == null) {
                throw new NotSignedInException("the session has no refresh token");
            }
            return fresh;
        }
    }

    /** The service refused {@code sent}'s token: the session to resend with, or null. */
    private Session refreshAfterRejection(Session sent, Deadline deadline, OperationSpec op) {
        try (TokenStorage.Lock held = lockRefresh(deadline, op)) {
            Session current = session;
            if (current == null) {
                return null;
            }
            if (!current.accessToken().equals(sent.accessToken())) {
                return current; // another thread already replaced it
            }
            return refreshLocked(current, deadline);
        }
    }

    /**
     * Refreshes {@code s} under the store's lock. The store is read again first: when another
     * client or process replaced the session meanwhile, its session is adopted, so a refresh
     * token someone else already rotated is never sent. Null when there is nothing to refresh
     * with (no refresh token, and no API key pair to renew an administrator token).
     */
    private Session refreshLocked(Session s, Deadline deadline) {
        Session stored = loadSession();
        if (stored != null && !stored.sameTokens(s)) {
            session = stored;
            if (!needsRefresh(stored)) {
                return stored;
            }
            s = stored;
        }
        if (s.refreshToken().isEmpty()) {
            return renewsAdmin(s) ? renewAdminToken(deadline) : null;
        }
        ObjectNode body = Json.object();
        spec.refreshBody().forEach(body::put);
        body.put("refresh_token", s.refreshToken().get());
        body.put("client_id", clientId);
        if (!clientSecret.isEmpty()) {
            body.put("client_secret", clientSecret);
        }
        Call call = new Call(spec.refresh()).body(body);
        Transport.Answer answer;
        try {
            answer = send(call, null, deadline, RequestOptions.none());
        } catch (ApiException e) {
            if ("invalid_grant".equals(e.error())) {
                // Forget the session only if it is still the one refreshed (another process may have stored a newer one).
                Session now = loadSession();
                if (now != null && !now.sameTokens(s)) {
                    session = now;
                    return now;
                }
                clearSession();
            }
            throw e;
        }
        Session fresh = sessionFrom(answer, call);
        storeSession(fresh, false);
        return fresh;
    }

    /**
     * True for an administrator's session this client can renew: no refresh token, "admin" among
     * its scopes, and the API key pair at hand (the rule of every client). A user's session
     * without a refresh token is never swapped for an administrator's token.
     */
    private boolean renewsAdmin(Session s) {
        return tc3 != null && spec.adminRenewal() != null && s.refreshToken().isEmpty()
                && s.scope().map(scope -> List.of(scope.trim().split("\\s+")).contains("admin")).orElse(false);
    }

    /** A new administrator token from the TC3-signed operation (its token has no refresh token). */
    private Session renewAdminToken(Deadline deadline) {
        ObjectNode body = Json.object();
        spec.adminRenewalBody().forEach((name, value) -> body.set(name, Json.tree(value)));
        Call call = new Call(spec.adminRenewal()).body(body);
        Transport.Answer answer = send(call, null, deadline, RequestOptions.none());
        Session fresh = sessionFrom(answer, call);
        storeSession(fresh, false);
        return fresh;
    }

    private Session sessionFrom(Transport.Answer answer, Call call) {
        try {
            return Session.fromTokenResponse(answer.body, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidResponseException(answer.status, e.getMessage(), call.op.method() + " " + answer.path, answer.requestId);
        }
    }

    // -- one call ------------------------------------------------------------------------------

    /** One call of an operation: the typed answer (null for an operation without one). */
    <T> T execute(Call call, RequestOptions options, Function<JsonNode, T> reader) {
        Deadline deadline = new Deadline(options.timeout().orElse(timeout));
        OperationSpec op = call.op;
        String explicit = options.headers().get("authorization");
        String authorization = null;
        Session sent = null;
        if (explicit == null) {
            authorization = basicFor(op);
            if (wantsBearer(op)) {
                sent = freshSession(deadline, op);
                authorization = sent.authorization();
            }
        }
        Transport.Answer answer;
        try {
            answer = send(call, authorization, deadline, options);
        } catch (ApiException e) {
            if (sent == null || !(e.status() == 401 || "unauthenticated".equals(e.error()))) {
                throw e;
            }
            // The service refused a token the local clock still trusts (revoked, a skewed clock,
            // a restored VM): refresh once and resend once; a second refusal is thrown as it is.
            Session fresh = refreshAfterRejection(sent, deadline, op);
            if (fresh == null) {
                throw e;
            }
            sent = fresh;
            answer = send(call, fresh.authorization(), deadline, options);
        }
        afterSuccess(call, answer, sent, explicit);
        if (reader == null) {
            return null;
        }
        try {
            return reader.apply(answer.body);
        } catch (RuntimeException e) {
            // The model readers name the field and the type expected, never a value.
            throw new InvalidResponseException(answer.status, "the answer does not match the documented type: " + e.getMessage(),
                    op.method() + " " + answer.path, answer.requestId);
        }
    }

    /** Basic client credentials for the operations that take them. */
    private String basicFor(OperationSpec op) {
        boolean basic = op.auth().equals(OperationSpec.AUTH_BASIC) || op.auth().equals(OperationSpec.AUTH_SECRET_BASIC)
                || (op.auth().equals(OperationSpec.AUTH_BEARER_OR_BASIC) && session == null);
        if (!basic) {
            return null;
        }
        String raw = clientId + ":" + clientSecret;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Bearer always (no session is an error); bearer_optional and bearer_or_basic when signed in. */
    private boolean wantsBearer(OperationSpec op) {
        return op.auth().equals(OperationSpec.AUTH_BEARER)
                || ((op.auth().equals(OperationSpec.AUTH_BEARER_OPTIONAL) || op.auth().equals(OperationSpec.AUTH_BEARER_OR_BASIC))
                        && session != null);
    }

    /** The session bookkeeping of a 2xx. */
    private void afterSuccess(Call call, Transport.Answer answer, Session sent, String explicit) {
        OperationSpec op = call.op;
        if (op.storesSession()) {
            JsonNode access = answer.body.get("access_token");
            if (access != null && access.isTextual() && !access.textValue().isEmpty()) {
                storeSession(sessionFrom(answer, call), false);
            }
        }
        if (op.clearsSession()) {
            Session current = session;
            if (current == null) {
                return;
            }
            // Only the client's own session ends: the token revoked (named in the body, else the
            // Bearer token sent) must be the session's access or refresh token.
            String revoked = null;
            if (op.revokedTokenField() != null && call.body != null) {
                JsonNode named = call.body.get(op.revokedTokenField());
                revoked = named != null && named.isTextual() ? named.textValue() : null;
            }
            if (revoked == null) {
                if (explicit != null) {
                    int space = explicit.indexOf(' ');
                    revoked = space >= 0 ? explicit.substring(space + 1) : explicit;
                } else if (sent != null) {
                    revoked = sent.accessToken();
                }
            }
            boolean own = revoked != null && (revoked.equals(current.accessToken()) || revoked.equals(current.refreshToken().orElse(null))
                    || (sent != null && revoked.equals(sent.accessToken())));
            if (own) {
                try {
                    clearSession();
                } catch (StorageException e) {
                    logger.log(System.Logger.Level.WARNING, "cloudbase: could not delete the stored session: " + e.getMessage(), (Throwable) null);
                }
            }
        }
    }

    /** Literal secret values to redact from free text (error descriptions). */
    private List<String> knownSecrets() {
        List<String> out = new ArrayList<>();
        if (!clientSecret.isEmpty()) {
            out.add(clientSecret);
        }
        if (tc3 != null) {
            out.add(tc3.secretKey());
            tc3.sessionToken().ifPresent(out::add);
        }
        Session s = session;
        if (s != null) {
            out.add(s.accessToken());
            s.refreshToken().ifPresent(out::add);
        }
        return out;
    }

    /** Builds the request of {@code call} and sends it (with the retries that are safe). */
    private Transport.Answer send(Call call, String authorization, Deadline deadline, RequestOptions options) {
        OperationSpec op = call.op;
        String path = expandPath(call);
        List<String[]> query = new ArrayList<>(call.query);
        Map<String, String> extra = new java.util.LinkedHashMap<>(call.headers);
        extra.putAll(options.headers());
        String explicit = extra.get("authorization");
        String sentAuthorization = explicit != null ? explicit : authorization;
        boolean hasClientId = query.stream().anyMatch(q -> q[0].equals("client_id"));
        // Like the JS SDK: client_id goes on every call that carries no Bearer token (the IR's rule).
        if (op.sendsClientId() && (sentAuthorization == null || !sentAuthorization.startsWith("Bearer ")) && !hasClientId) {
            query.add(new String[] {"client_id", clientId});
        }
        String rawQuery = encodeQuery(query);
        String fullPath = base.getRawPath() + path;
        URI uri = URI.create(base.getScheme() + "://" + base.getRawAuthority() + fullPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
        Transport.Request request = new Transport.Request();
        request.method = op.method();
        request.uri = uri;
        request.path = fullPath;
        request.host = base.getPort() == -1 ? base.getHost() + (base.getScheme().equals("https") ? ":443" : ":80") : base.getRawAuthority();
        request.query = query;
        request.maxRetries = maxRetries;
        request.headers.put("accept", "application/json");
        request.headers.put("x-device-id", deviceId);
        request.headers.put("x-sdk-version", userAgent);
        request.headers.put("user-agent", userAgent);
        if (call.body != null) {
            request.body = Json.write(call.body);
            request.headers.put("content-type", "application/json");
        }
        if (authorization != null && explicit == null) {
            request.headers.put("authorization", authorization);
        }
        request.headers.putAll(extra);
        String requestId = options.requestId().orElse(request.headers.get("x-request-id"));
        if (requestId == null || requestId.isEmpty()) {
            requestId = Ids.newId();
        }
        request.headers.put("x-request-id", requestId);
        request.requestId = requestId;
        if (op.auth().equals(OperationSpec.AUTH_TC3) && explicit == null) {
            if (tc3 == null) {
                throw new IllegalStateException(op.operationId() + " is signed with an API key pair: set tc3Credentials(...) on the builder");
            }
            // Signed over the final request (host, content-type, body), as node-sdk signs it.
            request.headers.put("authorization", tc3.authorization(op.method(), fullPath, rawQuery, base.getRawAuthority(),
                    request.headers.get("content-type"), request.body == null ? new byte[0] : request.body,
                    clock.instant().getEpochSecond() - 1));
        }
        String auth = request.headers.get("authorization");
        request.secrets = memo(() -> {
            List<String> secrets = knownSecrets();
            if (auth != null) {
                int space = auth.indexOf(' ');
                secrets.add(space >= 0 ? auth.substring(space + 1) : auth);
            }
            collectSecrets(call.body == null ? null : Json.plain(call.body), false, secrets);
            for (String[] q : query) {
                if (Redaction.isSecretField(q[0], spec.secretFields())) {
                    secrets.add(q[1]);
                }
            }
            for (Map.Entry<String, String> h : extra.entrySet()) {
                if (Redaction.isSecretField(h.getKey(), spec.secretFields())) {
                    secrets.add(h.getValue());
                }
            }
            return secrets;
        });
        request.logBody = () -> call.body == null ? "" : Json.tree(Redaction.redactValue(Json.plain(call.body), spec.secretFields())).toString();
        request.logQuery = () -> redactedQuery(query);
        Transport.Answer answer = transport.exchange(request, deadline);
        checkAnswer(answer, request);
        return answer;
    }

    /** A supplier that computes its value once, on first use. */
    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<T>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private String expandPath(Call call) {
        Matcher m = PATH_PARAM.matcher(call.op.path());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = call.pathParams.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(call.op.operationId() + ": missing path parameter " + m.group(1));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(escapePathSegment(value)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String escapePathSegment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte ch : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = ch & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    static String encodeQuery(List<String[]> query) {
        StringBuilder b = new StringBuilder();
        for (String[] pair : query) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(java.net.URLEncoder.encode(pair[0], java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(pair[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private String redactedQuery(List<String[]> query) {
        List<String[]> shown = new ArrayList<>();
        for (String[] q : query) {
            shown.add(new String[] {q[0], Redaction.isSecretField(q[0], spec.secretFields()) ? Redaction.REDACTED : q[1]});
        }
        return encodeQuery(shown);
    }

    /** Appends every string stored under a secret-named key, at any depth. */
    private void collectSecrets(Object value, boolean inside, List<String> out) {
        if (value instanceof Map<?, ?>) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                collectSecrets(e.getValue(), inside || Redaction.isSecretField(String.valueOf(e.getKey()), spec.secretFields()), out);
            }
        } else if (value instanceof List<?>) {
            for (Object item : (List<?>) value) {
                collectSecrets(item, inside, out);
            }
        } else if (value instanceof String && inside && !((String) value).isEmpty()) {
            out.add((String) value);
        }
    }

    /** Turns an answer into the call's error, or lets a success through. */
    private void checkAnswer(Transport.Answer answer, Transport.Request request) {
        String operation = request.method + " " + request.path;
        int status = answer.status;
        boolean ok = status >= 200 && status < 300;
        if (ok && answer.notJson != null) {
            throw new InvalidResponseException(status, answer.notJson, operation, request.requestId);
        }
        JsonNode body = answer.body;
        JsonNode error = body.get("error");
        JsonNode description = body.get("error_description");
        boolean gateway = false;
        if (!Json.truthy(error)) {
            JsonNode code = body.get("code");
            if (code != null && code.isTextual() && !code.textValue().isEmpty() && body.has("message")) {
                error = code;
                description = body.get("message");
                gateway = true;
            } else if (ok) {
                return;
            }
        }
        List<String> secrets = request.secrets.get();
        String code;
        if (error != null && error.isTextual() && !error.textValue().isEmpty()) {
            code = error.textValue();
        } else if (Json.truthy(error)) {
            code = error.isValueNode() ? error.asText() : error.toString();
        } else {
            code = fallbackCode(status);
        }
        code = Redaction.redactText(code, secrets);
        Integer errorCode = null;
        JsonNode number = body.get("error_code");
        if (number != null && number.isIntegralNumber() && number.canConvertToInt()) {
            errorCode = number.intValue();
        } else if (number != null && number.isTextual() && number.textValue().matches("[0-9]{1,9}")) {
            errorCode = Integer.parseInt(number.textValue());
        }
        String text = description == null || description.isNull() ? "" : Redaction.redactText(description.isTextual() ? description.textValue() : description.toString(), secrets);
        if (status == 404 && !base.getRawPath().endsWith("/auth/v1")) {
            String hint = "the base URL must end in /auth/v1 (it is " + baseUrl + ")";
            text = text.isEmpty() ? hint : text + "; " + hint;
        } else if (status == 404 && text.isEmpty() && !Json.truthy(body.get("error")) && !gateway) {
            text = "the answer is not from CloudBase Auth (nothing at " + request.path + "): is the base URL " + baseUrl + " the right service?";
        }
        ApiException e;
        if (gateway) {
            JsonNode gatewayId = body.get("requestId");
            e = new GatewayException(status, code, text, request.requestId, operation,
                    gatewayId != null && gatewayId.isTextual() ? Redaction.redactText(gatewayId.textValue(), secrets) : null);
        } else {
            ApiException.Factory factory = spec.errors().getOrDefault(code, ApiException.forStatus(status));
            e = factory.create(status, code, errorCode, text, request.requestId, operation);
        }
        transport.logError(request, e);
        throw e;
    }

    /** An error answer without an "error" field is named after its status. */
    static String fallbackCode(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 405: return "method_not_allowed";
            case 409: return "conflict";
            case 413: return "request_entity_too_large";
            case 429: return "too_many_requests";
            case 500: return "internal_server_error";
            case 502: return "bad_gateway";
            case 503: return "service_unavailable";
            case 504: return "gateway_timeout";
            default: return "http_" + status;
        }
    }

    // -- the async twin -------------------------------------------------------------------------

    /** Runs {@code work} on the client's executor; cancelling the future interrupts the call. */
    <T> CompletableFuture<T> async(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        AtomicReference<Thread> runner = new AtomicReference<>();
        executor().execute(() -> {
            if (future.isDone()) {
                return;
            }
            runner.set(Thread.currentThread());
            try {
                future.complete(work.get());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            } finally {
                runner.set(null);
                Thread.interrupted(); // a late cancel must not leak into the pool's next task
            }
        });
        future.whenComplete((value, error) -> {
            Thread thread = runner.get();
            if (future.isCancelled() && thread != null) {
                thread.interrupt();
            }
        });
        return future;
    }

    private java.util.concurrent.Executor executor() {
        if (givenExecutor != null) {
            return givenExecutor;
        }
        synchronized (executorGuard) {
            if (ownExecutor == null) {
                ownExecutor = Executors.newCachedThreadPool(task -> {
                    Thread t = new Thread(task, "cloudbase-auth-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            return ownExecutor;
        }
    }

    void close() {
        synchronized (executorGuard) {
            if (ownExecutor != null) {
                ownExecutor.shutdown();
            }
        }
    }

    @Override
    public String toString() {
        return "envId=" + envId + ", baseUrl=" + baseUrl + ", clientId=" + clientId + ", signedIn=" + (session != null);
    }
}
