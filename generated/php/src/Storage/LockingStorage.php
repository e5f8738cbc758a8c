<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Storage;

/**
 * A store that other processes may share: `locked()` runs `$work` holding the store's lock,
 * which is re-entrant within this process (a write inside a refresh does not deadlock). The
 * client holds it for a whole session refresh: it reads the stored session again under it, so
 * it never spends a refresh token another process already rotated.
 */
interface LockingStorage extends Storage
{
    /**
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function locked(callable $work): mixed;
}
