import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.FileTokenStorage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A Java process on a shared token file, for tests/interop: prints "ready", then for each stdin
 * line calls getUserMe and prints "ok <first 16 hex digits of the SHA-256 of the access token it
 * ends with>" or "error <class>: <message>". Arguments: the token file, the base URL, the env.
 */
public class JavaPeer {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CloudBaseAuth client = CloudBaseAuth.builder()
                .envId(args[2])
                .baseUrl(args[1])
                .storage(new FileTokenStorage(Path.of(args[0])))
                .maxRetries(0)
                .build();
        System.out.println("ready");
        System.out.flush();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                client.getUserMe();
                byte[] sum = sha256.digest(client.session().orElseThrow().accessToken().getBytes(StandardCharsets.UTF_8));
                System.out.println("ok " + HexFormat.of().formatHex(sum).substring(0, 16));
            } catch (RuntimeException e) {
                System.out.println("error " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
            System.out.flush();
        }
    }
}
