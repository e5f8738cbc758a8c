import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.model.CheckIfUserExistRequest;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Per-call overhead of the Java client against a raw java.net.http.HttpClient call, side by side
 * in one JVM (bench/bench_java.py runs it): a tiny HttpServer on loopback answers
 * GET /auth/v1/checkIfUserExist; both sides share one HttpClient (one keep-alive connection pool)
 * and parse the JSON answer (the raw side with Jackson's readTree, the client into its typed
 * model). After a warm-up, batches of CALLS calls alternate (raw first on even rounds, client
 * first on odd ones); the medians of the per-call times are printed as "raw_us ours_us".
 */
public class ClientOverhead {
    public static void main(String[] args) throws Exception {
        // TCP_NODELAY on the server's sockets: without it the JDK HttpServer's headers-then-body
        // writes meet delayed ACKs, and every call waits ~40 ms for nothing.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int calls = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        byte[] answer = "{\"exist\":false}".getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/auth/v1/checkIfUserExist", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/v1";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        ObjectMapper json = new ObjectMapper();
        URI rawUri = URI.create(base + "/checkIfUserExist?username=alice&client_id=env-1");
        Runnable raw = () -> {
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(rawUri).header("accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (json.readTree(r.body()).get("exist").booleanValue()) {
                    throw new IllegalStateException();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        CloudBaseAuth client = CloudBaseAuth.builder().envId("env-1").baseUrl(base).httpClient(http).build();
        CheckIfUserExistRequest request = CheckIfUserExistRequest.builder().username("alice").build();
        Runnable ours = () -> {
            if (client.checkIfUserExist(request).exist()) {
                throw new IllegalStateException();
            }
        };
        for (int i = 0; i < 3000; i++) { // warm-up: the JIT compiles both paths
            raw.run();
            ours.run();
        }
        List<Double> rawTimes = new ArrayList<>();
        List<Double> ourTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                rawTimes.add(batch(raw, calls));
                ourTimes.add(batch(ours, calls));
            } else {
                ourTimes.add(batch(ours, calls));
                rawTimes.add(batch(raw, calls));
            }
        }
        System.out.printf("%.1f %.1f%n", median(rawTimes), median(ourTimes));
        server.stop(0);
        System.exit(0);
    }

    private static double batch(Runnable call, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (System.nanoTime() - start) / 1000.0 / calls;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
