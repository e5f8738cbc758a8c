<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * Retries happen only where a retry cannot double an effect: the connection was never made,
 * or the service answered 429 or 503. A read timeout or a 500 may have been acted on.
 *
 * @internal
 */
final class Retry
{
    public const BASE_DELAY = 0.5;
    public const MAX_DELAY = 8.0;
    public const MAX_RETRY_AFTER = 60.0; // a longer Retry-After is capped

    public static function retriesStatus(int $status): bool
    {
        return $status === 429 || $status === 503;
    }

    /**
     * The wait a Retry-After header asks for, in seconds (delta seconds or an HTTP date, which
     * is GMT whatever the machine's time zone), or null when there is none or it is unreadable.
     */
    public static function parseRetryAfter(?string $value, float $now): ?float
    {
        $value = trim((string) $value);
        if ($value === '') {
            return null;
        }
        if (is_numeric($value)) {
            $wait = (float) $value;
        } else {
            $when = null;
            foreach (['D, d M Y H:i:s \G\M\T', 'l, d-M-y H:i:s \G\M\T', 'D M j H:i:s Y'] as $format) {
                $parsed = \DateTimeImmutable::createFromFormat('!' . $format, $value, new \DateTimeZone('UTC'));
                if ($parsed !== false) {
                    $when = $parsed;
                    break;
                }
            }
            if ($when === null) {
                return null;
            }
            $wait = (float) $when->format('U') - $now;
        }
        if (is_nan($wait)) {
            return null;
        }
        return max(0.0, min($wait, self::MAX_RETRY_AFTER));
    }

    /**
     * The wait before retry number $retriesDone + 1: Retry-After when the answer had one, else
     * exponential backoff (0.5 s, 1 s, 2 s ... capped at 8 s) with jitter down to half of it.
     *
     * @param callable(): float $jitter a number in [0, 1)
     */
    public static function delay(int $retriesDone, ?string $retryAfter, float $now, callable $jitter): float
    {
        $asked = self::parseRetryAfter($retryAfter, $now);
        if ($asked !== null) {
            return $asked;
        }
        $delay = min(self::BASE_DELAY * (2 ** min($retriesDone, 8)), self::MAX_DELAY);
        return $delay * (0.5 + 0.5 * $jitter());
    }
}
