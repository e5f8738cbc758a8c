<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * The time budget of one call: connect, every byte of every answer, retries and the waits
 * between them all fit in it (a monotonic clock, so a change of the wall clock does not move it).
 *
 * @internal
 */
final class Deadline
{
    private readonly float $end;

    public function __construct(float $seconds)
    {
        $this->end = self::now() + $seconds;
    }

    public function remaining(): float
    {
        return $this->end - self::now();
    }

    /** Whether a wait of $seconds would still leave time for an attempt. */
    public function allows(float $seconds): bool
    {
        return $seconds < $this->remaining();
    }

    private static function now(): float
    {
        return hrtime(true) / 1e9;
    }
}
