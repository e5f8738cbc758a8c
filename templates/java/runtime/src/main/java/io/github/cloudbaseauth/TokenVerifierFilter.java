package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSession;

/**
 * A filter for the JDK's {@code com.sun.net.httpserver.HttpServer} that lets a request through
 * only with a verified {@code Authorization: Bearer} token (or for a public path):
 *
 * <pre>{@code
 * TokenVerifier verifier = TokenVerifier.builder(auth).build();
 * HttpContext api = server.createContext("/", handler);
 * api.getFilters().add(TokenVerifierFilter.builder(verifier).publicPaths("/health").build());
 * // in the handler: VerifiedToken caller = TokenVerifierFilter.verifiedToken(exchange).orElseThrow();
 * }</pre>
 *
 * <p>No {@code Authorization} header: 401 with {@code WWW-Authenticate: Bearer}. A header that is
 * not one well-formed {@code Bearer <token>}, or a token the service does not call active: 401
 * with {@code WWW-Authenticate: Bearer error="invalid_token"}. The service cannot be asked: 503,
 * never let in. Error bodies are JSON {@code {"error", "error_description"}} and never repeat the
 * token. Otherwise the handler runs with an exchange whose {@link HttpExchange#getPrincipal()}
 * is the caller ({@code getUsername()} is the user id) and whose token
 * {@link #verifiedToken(HttpExchange)} returns.
 *
 * <p>The verified token is not an exchange attribute on purpose: before JDK 26, an
 * {@code HttpExchange}'s attributes are its {@code HttpContext}'s, shared by every request of the
 * context, so one request's caller would show in another's. Do not also set an
 * {@code Authenticator} on the same context (the JDK's own authentication filter cannot work on
 * the exchange this filter hands on).
 */
public final class TokenVerifierFilter extends Filter {
    private final TokenVerifier verifier;
    private final Set<String> publicPaths;
    private final List<String> publicPrefixes;
    private final String realm;
    private final String challenge;

    private TokenVerifierFilter(Builder b) {
        this.verifier = b.verifier;
        this.publicPaths = Set.copyOf(b.publicPaths);
        this.publicPrefixes = List.copyOf(b.publicPrefixes);
        this.realm = b.realm;
        this.challenge = b.realm == null ? "Bearer" : "Bearer realm=\"" + quote(b.realm) + "\"";
    }

    /** A builder of a filter that verifies tokens with {@code verifier}. */
    public static Builder builder(TokenVerifier verifier) {
        if (verifier == null) {
            throw new IllegalArgumentException("TokenVerifierFilter.builder: the verifier is required");
        }
        return new Builder(verifier);
    }

    /** Configures a {@link TokenVerifierFilter}. */
    public static final class Builder {
        private final TokenVerifier verifier;
        private final Set<String> publicPaths = new LinkedHashSet<>();
        private final List<String> publicPrefixes = new ArrayList<>();
        private String realm;

        private Builder(TokenVerifier verifier) {
            this.verifier = verifier;
        }

        /** Requests for exactly these paths pass unauthenticated ("/health"). */
        public Builder publicPaths(String... paths) {
            for (String p : paths) {
                publicPaths.add(startsWithSlash(p, "publicPaths"));
            }
            return this;
        }

        /** Requests for paths starting with these prefixes pass unauthenticated ("/static/"). */
        public Builder publicPrefixes(String... prefixes) {
            for (String p : prefixes) {
                publicPrefixes.add(startsWithSlash(p, "publicPrefixes"));
            }
            return this;
        }

        /** Adds {@code realm="..."} to the 401 challenges, and names the principal's realm. */
        public Builder realm(String realm) {
            if (realm == null || !realm.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
                throw new IllegalArgumentException("realm: printable ASCII only");
            }
            this.realm = realm;
            return this;
        }

        public TokenVerifierFilter build() {
            return new TokenVerifierFilter(this);
        }

        private static String startsWithSlash(String path, String what) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException(what + ": " + path + " does not start with '/'");
            }
            return path;
        }
    }

    /**
     * The token this filter verified for {@code exchange}; empty when it did not (a public path,
     * or a handler this filter does not guard).
     */
    public static Optional<VerifiedToken> verifiedToken(HttpExchange exchange) {
        HttpPrincipal principal = exchange.getPrincipal();
        return principal instanceof Caller ? Optional.of(((Caller) principal).token) : Optional.empty();
    }

    @Override
    public String description() {
        return "CloudBase Auth: lets in requests with a verified Bearer token";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (isPublic(exchange.getRequestURI())) {
            chain.doFilter(exchange);
            return;
        }
        List<String> values = exchange.getRequestHeaders().get("Authorization");
        if (values == null || values.isEmpty()) {
            refuse(exchange, 401, "unauthenticated", "an Authorization: Bearer token is required", false);
            return;
        }
        String token = values.size() == 1 ? bearerToken(values.get(0)) : null;
        if (token == null) {
            refuse(exchange, 401, "invalid_token", "the Authorization header is not one Bearer token", true);
            return;
        }
        VerifiedToken verified;
        try {
            verified = verifier.verify(token);
        } catch (TokenInactiveException e) {
            refuse(exchange, 401, "invalid_token", e.getMessage(), true);
            return;
        } catch (VerificationUnavailableException e) {
            refuse(exchange, 503, "unavailable", "the token could not be verified now; try again later", false);
            return;
        }
        Caller caller = new Caller(verified, realm == null ? "cloudbase-auth" : realm);
        chain.doFilter(exchange instanceof HttpsExchange ? new VerifiedHttpsExchange((HttpsExchange) exchange, caller)
                : new VerifiedExchange(exchange, caller));
    }

    /**
     * A public path, as the request names it. A path with a dot segment ("/static/../admin") is
     * never public: a handler that resolved it would serve another path than the one matched.
     */
    private boolean isPublic(URI uri) {
        String path = uri.getPath();
        if (path == null || (publicPaths.isEmpty() && publicPrefixes.isEmpty())) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        if (publicPaths.contains(path)) {
            return true;
        }
        for (String prefix : publicPrefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of an Authorization value "Bearer &lt;token&gt;": the scheme in any case, one or
     * more spaces, the token, optional trailing spaces (RFC 6750 2.1); null otherwise. The token's
     * own syntax (token68) is the verifier's check.
     */
    static String bearerToken(String value) {
        if (value.length() <= 7 || !value.regionMatches(true, 0, "bearer ", 0, 7)) {
            return null;
        }
        int start = 7;
        int end = value.length();
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        String token = value.substring(start, end);
        return token.isEmpty() || token.indexOf(' ') >= 0 ? null : token;
    }

    private void refuse(HttpExchange exchange, int status, String error, String description, boolean invalidToken) throws IOException {
        ObjectNode answer = Json.object();
        answer.put("error", error);
        answer.put("error_description", description);
        byte[] body = Json.write(answer);
        Headers headers = exchange.getResponseHeaders();
        if (status == 401) {
            String value = challenge;
            if (invalidToken) {
                value += (realm == null ? " " : ", ") + "error=\"invalid_token\", error_description=\"" + quote(description) + "\"";
            }
            headers.set("WWW-Authenticate", value);
            headers.set("Cache-Control", "no-store");
        }
        headers.set("Content-Type", "application/json");
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        try (exchange) {
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                OutputStream out = exchange.getResponseBody();
                out.write(body);
            }
        }
    }

    /** The inside of an HTTP quoted-string. */
    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The caller as the exchange's principal: {@code getUsername()} is the user id. */
    private static final class Caller extends HttpPrincipal {
        final VerifiedToken token;

        Caller(VerifiedToken token, String realm) {
            super(token.sub(), realm);
            this.token = token;
        }
    }

    /** The exchange handed on: the server's own, with the caller as its principal. */
    private static final class VerifiedExchange extends HttpExchange {
        private final HttpExchange inner;
        private final Caller caller;

        VerifiedExchange(HttpExchange inner, Caller caller) {
            this.inner = inner;
            this.caller = caller;
        }

        @Override public Headers getRequestHeaders() { return inner.getRequestHeaders(); }
        @Override public Headers getResponseHeaders() { return inner.getResponseHeaders(); }
        @Override public URI getRequestURI() { return inner.getRequestURI(); }
        @Override public String getRequestMethod() { return inner.getRequestMethod(); }
        @Override public HttpContext getHttpContext() { return inner.getHttpContext(); }
        @Override public void close() { inner.close(); }
        @Override public InputStream getRequestBody() { return inner.getRequestBody(); }
        @Override public OutputStream getResponseBody() { return inner.getResponseBody(); }
        @Override public void sendResponseHeaders(int code, long length) throws IOException { inner.sendResponseHeaders(code, length); }
        @Override public InetSocketAddress getRemoteAddress() { return inner.getRemoteAddress(); }
        @Override public int getResponseCode() { return inner.getResponseCode(); }
        @Override public InetSocketAddress getLocalAddress() { return inner.getLocalAddress(); }
        @Override public String getProtocol() { return inner.getProtocol(); }
        @Override public Object getAttribute(String name) { return inner.getAttribute(name); }
        @Override public void setAttribute(String name, Object value) { inner.setAttribute(name, value); }
        @Override public void setStreams(InputStream in, OutputStream out) { inner.setStreams(in, out); }
        @Override public HttpPrincipal getPrincipal() { return caller; }
    }

    /** The same for an HTTPS server's exchange (its handler may read the TLS session). */
    private static final class VerifiedHttpsExchange extends HttpsExchange {
        private final HttpsExchange inner;
        private final Caller caller;

        VerifiedHttpsExchange(HttpsExchange inner, Caller caller) {
            this.inner = inner;
            this.caller = caller;
        }

        @Override public SSLSession getSSLSession() { return inner.getSSLSession(); }
        @Override public Headers getRequestHeaders() { return inner.getRequestHeaders(); }
        @Override public Headers getResponseHeaders() { return inner.getResponseHeaders(); }
        @Override public URI getRequestURI() { return inner.getRequestURI(); }
        @Override public String getRequestMethod() { return inner.getRequestMethod(); }
        @Override public HttpContext getHttpContext() { return inner.getHttpContext(); }
        @Override public void close() { inner.close(); }
        @Override public InputStream getRequestBody() { return inner.getRequestBody(); }
        @Override public OutputStream getResponseBody() { return inner.getResponseBody(); }
        @Override public void sendResponseHeaders(int code, long length) throws IOException { inner.sendResponseHeaders(code, length); }
        @Override public InetSocketAddress getRemoteAddress() { return inner.getRemoteAddress(); }
        @Override public int getResponseCode() { return inner.getResponseCode(); }
        @Override public InetSocketAddress getLocalAddress() { return inner.getLocalAddress(); }
        @Override public String getProtocol() { return inner.getProtocol(); }
        @Override public Object getAttribute(String name) { return inner.getAttribute(name); }
        @Override public void setAttribute(String name, Object value) { inner.setAttribute(name, value); }
        @Override public void setStreams(InputStream in, OutputStream out) { inner.setStreams(in, out); }
        @Override public HttpPrincipal getPrincipal() { return caller; }
    }
}
