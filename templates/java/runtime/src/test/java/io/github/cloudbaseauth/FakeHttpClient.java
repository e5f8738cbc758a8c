package io.github.cloudbaseauth;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The network of a test client (the JDK HttpClient is an abstract class: the seam, as Go's
 * RoundTripper and httpx's MockTransport are): it records each request and answers from a
 * script, through the real body handler (so the client's body cap is exercised).
 */
final class FakeHttpClient extends HttpClient {
    /** One request as it went out. */
    static final class Sent {
        final String method;
        final URI uri;
        final HttpHeaders headers;
        final byte[] body;

        Sent(String method, URI uri, HttpHeaders headers, byte[] body) {
            this.method = method;
            this.uri = uri;
            this.headers = headers;
            this.body = body;
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String body() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One scripted answer, or a transport failure. */
    static final class Reply {
        final int status;
        final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final byte[] body;
        final IOException failure;

        Reply(int status, String body) {
            this.status = status;
            this.body = body.getBytes(StandardCharsets.UTF_8);
            this.failure = null;
            headers.put("content-type", List.of("application/json"));
        }

        Reply(IOException failure) {
            this.status = 0;
            this.body = new byte[0];
            this.failure = failure;
        }

        Reply header(String name, String value) {
            headers.put(name, List.of(value));
            return this;
        }
    }

    static Reply json(int status, String body) {
        return new Reply(status, body);
    }

    static Reply failure(IOException e) {
        return new Reply(e);
    }

    final List<Sent> sent = new ArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private Function<Sent, Reply> responder;

    FakeHttpClient reply(Reply... replies) {
        synchronized (this) {
            script.addAll(List.of(replies));
        }
        return this;
    }

    /** Answers every request with {@code responder} once the script is used up. */
    FakeHttpClient respond(Function<Sent, Reply> responder) {
        this.responder = responder;
        return this;
    }

    synchronized List<Sent> requests() {
        return new ArrayList<>(sent);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        byte[] body = read(request);
        Sent out = new Sent(request.method(), request.uri(), request.headers(), body);
        Reply reply;
        synchronized (this) {
            sent.add(out);
            reply = script.poll();
        }
        if (reply == null) {
            reply = responder == null ? json(200, "{}") : responder.apply(out);
        }
        if (reply.failure != null) {
            return CompletableFuture.failedFuture(reply.failure);
        }
        Reply r = reply;
        HttpHeaders headers = HttpHeaders.of(r.headers, (a, b) -> true);
        HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return r.status;
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public Version version() {
                return Version.HTTP_1_1;
            }
        };
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(info);
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean done;

            @Override
            public void request(long n) {
                if (done) {
                    return;
                }
                done = true;
                subscriber.onNext(List.of(ByteBuffer.wrap(r.body)));
                subscriber.onComplete();
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
        return subscriber.getBody().toCompletableFuture().thenApply(value -> response(request, r.status, headers, value));
    }

    private static byte[] read(HttpRequest request) {
        if (request.bodyPublisher().isEmpty()) {
            return new byte[0];
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {}
        });
        return out.toByteArray();
    }

    private static <T> HttpResponse<T> response(HttpRequest request, int status, HttpHeaders headers, T body) {
        return new HttpResponse<T>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return request;
            }

            @Override
            public Optional<HttpResponse<T>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return headers;
            }

            @Override
            public T body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return request.uri();
            }

            @Override
            public Version version() {
                return Version.HTTP_1_1;
            }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        try {
            return sendAsync(request, handler).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return Optional.empty();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NEVER;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        return null;
    }

    @Override
    public SSLParameters sslParameters() {
        return null;
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return Version.HTTP_1_1;
    }

    @Override
    public Optional<Executor> executor() {
        return Optional.empty();
    }
}
