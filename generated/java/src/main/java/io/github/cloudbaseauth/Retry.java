// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * When to retry: only where a retry cannot double an effect (the connection was never made, or
 * the service answered 429 or 503; a read timeout or a 500 may have been acted on), with
 * exponential backoff and jitter, honouring Retry-After, within the call's deadline.
 */
final class Retry {
    static final Duration BASE_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(8);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private Retry() {}

    static boolean retryStatus(int status) {
        return status == 429 || status == 503;
    }

    /** The wait a Retry-After value asks for (delta seconds, or an HTTP date, which is GMT), or null. */
    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Duration wait;
        try {
            double seconds = Double.parseDouble(text);
            if (Double.isNaN(seconds)) {
                return null;
            }
            if (seconds > MAX_RETRY_AFTER.getSeconds()) {
                return MAX_RETRY_AFTER;
            }
            wait = Duration.ofNanos((long) (Math.max(0, seconds) * 1e9));
        } catch (NumberFormatException notSeconds) {
            try {
                // RFC 1123 dates carry their zone ("GMT"): never read as local time.
                wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /**
     * The wait before retry number retriesDone+1: Retry-After when the answer had one, else
     * 0.5 s, 1 s, 2 s ... capped at 8 s, with jitter down to half of it.
     */
    static Duration delay(int retriesDone, String retryAfter, Instant now, DoubleSupplier jitter) {
        Duration asked = parseRetryAfter(retryAfter, now);
        if (asked != null) {
            return asked;
        }
        Duration delay = BASE_DELAY.multipliedBy(1L << Math.min(retriesDone, 8));
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        return Duration.ofNanos((long) (delay.toNanos() * (0.5 + 0.5 * jitter.getAsDouble())));
    }
}
