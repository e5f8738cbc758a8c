// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The HTTP exchange of one call over the JDK's HttpClient: the retries that are safe, the
 * deadline over every byte, the body cap, and the DEBUG log (redacted).
 */
final class Transport {
    private final HttpClient http;
    private final long maxResponseBytes;
    private final System.Logger logger;
    private final Clock clock;
    private final Supplier<java.util.Random> random;

    Transport(HttpClient http, long maxResponseBytes, System.Logger logger, Clock clock, Supplier<java.util.Random> random) {
        this.http = http;
        this.maxResponseBytes = maxResponseBytes;
        this.logger = logger;
        this.clock = clock;
        this.random = random;
    }

    /** What goes out. */
    static final class Request {
        String method;
        URI uri;
        String path; // the URL path, for messages (never the query)
        String host; // host:port
        List<String[]> query;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String requestId;
        int maxRetries;
        Supplier<List<String>> secrets; // the literal secrets to redact from an error: gathered only for one
        Supplier<String> logBody; // the body and query as the DEBUG log shows them (redacted), made only then
        Supplier<String> logQuery;
    }

    /** What came back: the status, the body as a JSON object ({} when it is none). */
    static final class Answer {
        int status;
        JsonNode body;
        String notJson; // why the body is not a JSON object, or null
        String requestId;
        String path;
    }

    Answer exchange(Request r, Deadline deadline) {
        for (int attempt = 1; ; attempt++) {
            if (deadline.passed()) {
                throw timeout(r, "the call's deadline passed", attempt > 1);
            }
            int number = attempt;
            debug(() -> "cloudbase: request " + r.method + " " + r.path + " attempt=" + number + " request_id=" + r.requestId
                    + " query=" + r.logQuery.get() + " body=" + r.logBody.get());
            long started = System.nanoTime();
            // No HttpRequest.timeout: the deadline is enforced below, over the whole answer (a
            // request timeout would also cost a timer event on the client's selector per call).
            HttpRequest.Builder builder = HttpRequest.newBuilder(r.uri);
            builder.method(r.method, r.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(r.body));
            r.headers.forEach(builder::header);
            HttpResponse<byte[]> response;
            try {
                response = sendWithin(builder.build(), deadline);
            } catch (DeadlinePassed e) {
                throw timeout(r, "the call's deadline passed", true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(r.host, "the call was interrupted", r.method, r.path, r.requestId, true, false);
            } catch (IOException e) {
                if (e instanceof CappedBody.TooLarge || e.getCause() instanceof CappedBody.TooLarge) {
                    throw new InvalidResponseException(0, "the answer is larger than " + maxResponseBytes + " bytes",
                            r.method + " " + r.path, r.requestId);
                }
                ConnectionException failure = classify(e, r, deadline);
                if (!failure.connected() && !(failure instanceof CallTimeoutException)) {
                    Duration wait = retryWait(attempt - 1, r.maxRetries, null, deadline);
                    if (wait != null) {
                        debug(() -> "cloudbase: retry " + r.method + " " + r.path + " request_id=" + r.requestId + " reason=" + failure.reason()
                                + " delay=" + wait.toMillis() + "ms");
                        sleep(wait, r);
                        continue;
                    }
                }
                throw failure;
            }
            int status = response.statusCode();
            if (Retry.retryStatus(status)) {
                Duration wait = retryWait(attempt - 1, r.maxRetries, response.headers().firstValue("retry-after").orElse(null), deadline);
                if (wait != null) {
                    debug(() -> "cloudbase: retry " + r.method + " " + r.path + " request_id=" + r.requestId + " reason=status " + status
                            + " delay=" + wait.toMillis() + "ms");
                    sleep(wait, r);
                    continue;
                }
            }
            long elapsed = System.nanoTime() - started;
            debug(() -> "cloudbase: response " + r.method + " " + r.path + " status=" + status + " request_id=" + r.requestId
                    + " elapsed=" + TimeUnit.NANOSECONDS.toMillis(elapsed) + "ms");
            return answer(status, response.body(), r);
        }
    }

    /** The deadline passed while the answer was awaited (the watchdog interrupted the call). */
    private static final class DeadlinePassed extends Exception {
        private static final long serialVersionUID = 1L;

        DeadlinePassed() {
            super(null, null, false, false);
        }
    }

    // One daemon thread for every client: it interrupts a call whose deadline passes.
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "cloudbase-auth-deadline");
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    /** The interrupt the watchdog may send, and whether it did, guarded by its monitor. */
    private static final class Watch {
        boolean armed = true;
        boolean fired;
    }

    /**
     * The exchange on the calling thread (HttpClient.send: no hop to another thread, the fastest
     * path), cut off at the deadline by the watchdog's interrupt, which makes the JDK cancel the
     * exchange wherever it is: connecting, waiting, or reading a trickling body.
     */
    private HttpResponse<byte[]> sendWithin(HttpRequest request, Deadline deadline) throws IOException, InterruptedException, DeadlinePassed {
        Thread caller = Thread.currentThread();
        Watch watch = new Watch();
        ScheduledFuture<?> dog = WATCHDOG.schedule(() -> {
            synchronized (watch) {
                if (watch.armed) {
                    watch.armed = false;
                    watch.fired = true;
                    caller.interrupt();
                }
            }
        }, deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        try {
            return http.send(request, CappedBody.handler(maxResponseBytes));
        } catch (InterruptedException e) {
            synchronized (watch) {
                if (watch.fired) {
                    throw new DeadlinePassed();
                }
            }
            throw e;
        } finally {
            dog.cancel(false);
            synchronized (watch) {
                watch.armed = false;
                if (watch.fired) {
                    Thread.interrupted(); // a late interrupt of ours must not reach the caller's next wait
                }
            }
        }
    }

    private Answer answer(int status, byte[] raw, Request r) {
        Answer a = new Answer();
        a.status = status;
        a.requestId = r.requestId;
        a.path = r.path;
        a.body = Json.object();
        if (raw == null || new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            a.notJson = "the answer is empty (the service answers a JSON object)";
            return a;
        }
        try {
            JsonNode node = Json.parse(raw);
            if (node.isObject()) {
                a.body = node;
            } else {
                a.notJson = "a JSON " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not an object";
            }
        } catch (Json.NotJson e) {
            a.notJson = e.getMessage();
        }
        return a;
    }

    /** The wait before the next attempt, or null: no retry left, or the wait would pass the deadline. */
    private Duration retryWait(int retriesDone, int maxRetries, String retryAfter, Deadline deadline) {
        if (retriesDone >= maxRetries) {
            return null;
        }
        Duration delay = Retry.delay(retriesDone, retryAfter, clock.instant(), () -> random.get().nextDouble());
        return deadline.remaining().compareTo(delay) <= 0 ? null : delay;
    }

    private static void sleep(Duration wait, Request r) {
        try {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(r.host, "the call was interrupted", r.method, r.path, r.requestId, true, false);
        }
    }

    private static CallTimeoutException timeout(Request r, String reason, boolean connected) {
        return new CallTimeoutException(r.host, reason, r.method, r.path, r.requestId, connected);
    }

    /** A request that got no answer: where, why and which call (never the transport's own text). */
    private static ConnectionException classify(Throwable cause, Request r, Deadline deadline) {
        if (cause instanceof IOException && !(cause instanceof ConnectException || cause instanceof HttpTimeoutException
                || cause instanceof SSLException) && cause.getCause() instanceof IOException) {
            cause = cause.getCause(); // HttpClient.send wraps the exchange's own IOException in another
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new ConnectionException(r.host, "connect timed out", r.method, r.path, r.requestId, false, false);
        }
        if (cause instanceof HttpTimeoutException) {
            return timeout(r, deadline.passed() ? "the call's deadline passed" : "timed out", true);
        }
        if (cause instanceof ConnectException) {
            // The JDK wraps the socket's error; a refused connection reaches us as a ConnectException
            // over a ClosedChannelException, both without a message. Other causes name themselves.
            String why = "connection refused";
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                    why = "host name not resolved";
                    break;
                }
                String text = message(t).toLowerCase(java.util.Locale.ROOT);
                if (!text.isEmpty() && !text.contains("refused")) {
                    why = text.length() > 60 ? "cannot connect" : text; // "no route to host", "network is unreachable"
                }
            }
            return new ConnectionException(r.host, why, r.method, r.path, r.requestId, false, false);
        }
        if (cause instanceof java.net.UnknownHostException || cause instanceof UnresolvedAddressException) {
            return new ConnectionException(r.host, "host name not resolved", r.method, r.path, r.requestId, false, false);
        }
        if (cause instanceof SSLHandshakeException) {
            return new ConnectionException(r.host, "TLS handshake failed", r.method, r.path, r.requestId, true, false);
        }
        if (cause instanceof SSLException) {
            return new ConnectionException(r.host, "TLS error", r.method, r.path, r.requestId, true, false);
        }
        if (cause instanceof IOException) {
            String text = message(cause).toLowerCase(java.util.Locale.ROOT);
            String why = text.contains("reset") ? "connection reset" : text.contains("closed") || text.contains("eof") ? "the server closed the connection" : "transport error";
            return new ConnectionException(r.host, why, r.method, r.path, r.requestId, true, false);
        }
        return new ConnectionException(r.host, "transport error", r.method, r.path, r.requestId, true, false);
    }

    private static String message(Throwable t) {
        return t == null || t.getMessage() == null ? "" : t.getMessage();
    }

    void logError(Request r, ApiException e) {
        debug(() -> "cloudbase: error " + r.method + " " + r.path + " " + e.getMessage());
    }

    private void debug(Supplier<String> message) {
        if (logger.isLoggable(System.Logger.Level.DEBUG)) {
            // The (msg, Throwable) form: a logger never formats it (a body's braces are no placeholders).
            logger.log(System.Logger.Level.DEBUG, message.get(), (Throwable) null);
        }
    }
}
