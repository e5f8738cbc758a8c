<?php

declare(strict_types=1);

namespace CloudBase\Auth\Cache;

/**
 * A cache shared by the processes of one machine or more (PHP-FPM workers), shaped like PSR-16's
 * Psr\SimpleCache\CacheInterface (the same methods and meanings, defined here because this
 * package has no Composer dependency). A PSR-16 cache (APCu, Redis, Memcached ...) becomes one
 * with a few lines of delegation: see the README.
 *
 * TokenVerifier stores here, under keys of the form "cbv1." followed by 59 hex digits of a
 * SHA-256 (64 characters, the longest key PSR-16 promises to accept), arrays of scalars: never
 * a token.
 */
interface CacheInterface
{
    /** The value stored under $key, or $default when there is none (or it expired). */
    public function get(string $key, mixed $default = null): mixed;

    /**
     * Store $value under $key for $ttl (seconds, or a DateInterval; null: the cache's default).
     * False when it could not be stored.
     */
    public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool;

    public function delete(string $key): bool;

    public function clear(): bool;

    /**
     * @param iterable<string> $keys
     * @return iterable<string, mixed>
     */
    public function getMultiple(iterable $keys, mixed $default = null): iterable;

    /** @param iterable<string, mixed> $values */
    public function setMultiple(iterable $values, null|int|\DateInterval $ttl = null): bool;

    /** @param iterable<string> $keys */
    public function deleteMultiple(iterable $keys): bool;

    public function has(string $key): bool;
}
