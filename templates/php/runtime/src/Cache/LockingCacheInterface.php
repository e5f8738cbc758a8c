<?php

declare(strict_types=1);

namespace CloudBase\Auth\Cache;

/**
 * A shared cache that can also run work under a lock per key, across every process that shares
 * it. TokenVerifier uses it for single-flight across workers: on a miss it takes the key's lock,
 * reads the cache again, and asks the service only if no other worker has just stored the answer.
 */
interface LockingCacheInterface extends CacheInterface
{
    /**
     * Run $work holding the lock of $key (an exclusive lock other processes wait for), and return
     * what it returns. The lock is released however $work ends.
     *
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function locked(string $key, callable $work): mixed;
}
