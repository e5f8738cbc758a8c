import io.github.cloudbaseauth.CloudBaseAuth;
import io.github.cloudbaseauth.FileTokenStorage;
import io.github.cloudbaseauth.TokenStorage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A process on a shared token file, for tests/java/test_lock_interop.py. Modes:
 *   hold PATH            take the file's lock, print "locked", release when stdin gives a line, print "released"
 *   try PATH             try the lock without waiting: print "taken" or "busy"
 *   worker PATH BASE     for each stdin line, call getUserMe on a client of that file: print "ok" or "error ..."
 */
public class LockCli {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        FileTokenStorage storage = new FileTokenStorage(Path.of(args[1]));
        switch (args[0]) {
            case "hold": {
                TokenStorage.Lock lock = storage.tryLock(Duration.ofSeconds(30)).orElseThrow();
                System.out.println("locked");
                System.out.flush();
                in.readLine();
                lock.close();
                System.out.println("released");
                break;
            }
            case "try": {
                Optional<TokenStorage.Lock> lock = storage.tryLock(Duration.ZERO);
                System.out.println(lock.isPresent() ? "taken" : "busy");
                lock.ifPresent(TokenStorage.Lock::close);
                break;
            }
            case "worker": {
                CloudBaseAuth client = CloudBaseAuth.builder().envId("emulator-env").baseUrl(args[2]).storage(storage).maxRetries(0).build();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    try {
                        client.getUserMe();
                        System.out.println("ok");
                    } catch (RuntimeException e) {
                        System.out.println("error " + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    System.out.flush();
                }
                break;
            }
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }
}
