// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/** The default {@link TokenStorage#tryLock}: one re-entrant lock per store object in this JVM. */
final class InProcessLocks {
    // Weak keys: a store's lock lives as long as the store.
    private static final Map<Object, ReentrantLock> LOCKS = Collections.synchronizedMap(new WeakHashMap<>());

    private InProcessLocks() {}

    static Optional<TokenStorage.Lock> tryLock(Object store, Duration timeout) {
        ReentrantLock lock = LOCKS.computeIfAbsent(store, k -> new ReentrantLock());
        return acquire(lock, timeout) ? Optional.of(lock::unlock) : Optional.empty();
    }

    static boolean acquire(ReentrantLock lock, Duration timeout) {
        try {
            return lock.tryLock(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
