package io.github.cloudbaseauth;

import java.time.Duration;

/** One call's deadline, on the monotonic clock: connecting, the answer, retries and waits. */
final class Deadline {
    private final long end;

    Deadline(Duration timeout) {
        this.end = System.nanoTime() + timeout.toNanos();
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
    }

    boolean passed() {
        return end - System.nanoTime() <= 0;
    }
}
