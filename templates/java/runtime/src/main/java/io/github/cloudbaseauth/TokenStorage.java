package io.github.cloudbaseauth;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a client keeps its session and device id: a small string key-value store. Keys used:
 * {@code device_id} and {@code credentials_<client_id>} (the session as a JSON string), the
 * names the JS SDK and the other clients use. Implementations must be safe for concurrent use.
 *
 * <p>The client refreshes a session under the store's {@link #tryLock lock}: it takes the lock,
 * reads the stored session again, and refreshes only when nobody else did meanwhile, so a
 * rotated refresh token is never spent twice. The default lock serialises the clients of this
 * store object in this JVM; {@link FileTokenStorage} also locks out other processes.
 */
public interface TokenStorage {
    /** The value under {@code key}, if any. */
    Optional<String> get(String key);

    void set(String key, String value);

    void delete(String key);

    /**
     * Takes the store's lock, waiting at most {@code timeout}: re-entrant for the thread that
     * holds it, held until the returned lock is closed (by the same thread). Empty when the
     * timeout passed first.
     */
    default Optional<Lock> tryLock(Duration timeout) {
        return InProcessLocks.tryLock(this, timeout);
    }

    /** A held lock of a store. */
    interface Lock extends AutoCloseable {
        /** Releases the lock (no exception). */
        @Override
        void close();
    }
}
