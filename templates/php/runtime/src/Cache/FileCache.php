<?php

declare(strict_types=1);

namespace CloudBase\Auth\Cache;

use CloudBase\Auth\Exception\StorageException;
use CloudBase\Auth\Internal\FileLock;

/**
 * A cache in a private directory, shared by every process of this machine that runs as its
 * owner (PHP-FPM workers, `php -S` workers, CLI jobs): one small JSON file per key, and a lock
 * per key (flock(2) on one of 256 lock files) for TokenVerifier's single-flight across workers.
 *
 * Safe by construction:
 * - whoever can write the directory can make the verifier accept any token, so it must be a
 *   directory (not a symlink) owned by this process's user and writable by nobody else: it is
 *   created with mode 0700, and an existing one that fails these checks is refused;
 * - entries are JSON, never PHP's unserialize() (which would build objects from file data);
 * - a file is written to a temporary file (mode 0600) and renamed over the entry, so a reader
 *   sees the old entry or the new one, never half of one; a reader opens only a regular file
 *   (a symlink planted there is ignored) and never reads more than 1 MiB;
 * - keys are checked (PSR-16's characters, 64 at most): a key is a file name, never a path.
 *
 * Expired entries are never returned; prune() (run on about 1 set() in 100) deletes them,
 * reading only the files' modification times (each entry's expiry).
 */
final class FileCache implements LockingCacheInterface
{
    private const KEY = '/^[A-Za-z0-9_][A-Za-z0-9_.]{0,63}$/';
    private const SUFFIX = '.json';
    private const MAX_FILE_BYTES = 1048576;
    private const NEVER = 4102444800; // 2100-01-01: the modification time of an entry with no expiry
    private const STALE_TEMPORARY = 3600; // seconds after which a temporary file left by a crash goes

    private readonly string $directory;
    /** @var \Closure(): float epoch seconds */
    private readonly \Closure $clock;

    /**
     * @param string $directory the cache's own directory (created, mode 0700, when missing)
     * @param callable|null $clock epoch seconds, replaceable for tests (default: microtime(true))
     * @throws StorageException the directory cannot be made, or another user could write to it
     */
    public function __construct(string $directory, ?callable $clock = null)
    {
        $directory = rtrim($directory, '/');
        if ($directory === '') {
            throw new StorageException('a cache directory is needed');
        }
        if (@lstat($directory) === false && !@mkdir($directory, 0700, true) && !is_dir($directory)) {
            throw new StorageException("cannot create the cache directory {$directory}");
        }
        clearstatcache(true, $directory);
        $stat = @lstat($directory);
        if ($stat === false || is_link($directory) || ($stat['mode'] & 0170000) !== 0040000) {
            throw new StorageException("the cache directory {$directory} is not a directory (a symlink or file is refused)");
        }
        if (function_exists('posix_geteuid') && $stat['uid'] !== posix_geteuid()) {
            throw new StorageException("the cache directory {$directory} belongs to another user; refused (its owner could make the verifier accept any token)");
        }
        if (($stat['mode'] & 0022) !== 0) {
            throw new StorageException(sprintf('the cache directory %s is writable by other users (mode %o); refused (they could make the verifier accept any token): chmod 700 it', $directory, $stat['mode'] & 0777));
        }
        $real = realpath($directory);
        $this->directory = $real === false ? $directory : $real;
        $this->clock = \Closure::fromCallable($clock ?? static fn (): float => microtime(true));
    }

    public function directory(): string
    {
        return $this->directory;
    }

    public function get(string $key, mixed $default = null): mixed
    {
        $path = $this->file($key);
        $entry = $this->read($path);
        if ($entry === null) {
            return $default;
        }
        [$expires, $value] = $entry;
        if ($expires !== null && $expires <= $this->now()) {
            return $default; // left to prune(): deleting it here could delete a fresher one just renamed in
        }
        return $value;
    }

    public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool
    {
        $path = $this->file($key);
        $seconds = self::seconds($ttl);
        if ($seconds !== null && $seconds <= 0) {
            return $this->delete($key);
        }
        $expires = $seconds === null ? null : $this->now() + $seconds;
        try {
            $json = json_encode(['expires' => $expires, 'value' => $value], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new \InvalidArgumentException('FileCache stores JSON values only (arrays and scalars): ' . $e->getMessage());
        }
        $stored = $this->write($path, $json, $expires === null ? self::NEVER : (int) ceil($expires));
        if ($stored && random_int(1, 100) === 1) {
            $this->prune();
        }
        return $stored;
    }

    public function delete(string $key): bool
    {
        $path = $this->file($key);
        return !file_exists($path) && !is_link($path) ? true : @unlink($path);
    }

    public function clear(): bool
    {
        $ok = true;
        foreach ($this->entries() as $path) {
            $ok = @unlink($path) && $ok;
        }
        return $ok;
    }

    public function getMultiple(iterable $keys, mixed $default = null): iterable
    {
        $out = [];
        foreach ($keys as $key) {
            $out[$key] = $this->get($key, $default);
        }
        return $out;
    }

    public function setMultiple(iterable $values, null|int|\DateInterval $ttl = null): bool
    {
        $ok = true;
        foreach ($values as $key => $value) {
            $ok = $this->set((string) $key, $value, $ttl) && $ok;
        }
        return $ok;
    }

    public function deleteMultiple(iterable $keys): bool
    {
        $ok = true;
        foreach ($keys as $key) {
            $ok = $this->delete($key) && $ok;
        }
        return $ok;
    }

    public function has(string $key): bool
    {
        $missing = new \stdClass();
        return $this->get($key, $missing) !== $missing;
    }

    public function locked(string $key, callable $work): mixed
    {
        $this->file($key); // the key is checked like any other
        // 256 lock files, whatever the number of keys: two keys may share one (the lock is
        // re-entrant within a process, so nesting them cannot deadlock), never a file per key.
        return FileLock::for($this->directory . '/.lock-' . substr(hash('sha256', $key), 0, 2))->run($work);
    }

    /** Delete the expired entries (and temporary files a crash left); how many were deleted. */
    public function prune(): int
    {
        $now = $this->now();
        $deleted = 0;
        foreach ($this->entries() as $path) {
            clearstatcache(true, $path);
            $stat = @lstat($path);
            if ($stat !== false && ($stat['mode'] & 0170000) === 0100000 && $stat['mtime'] <= $now && @unlink($path)) {
                $deleted++;
            }
        }
        foreach (glob($this->directory . '/.tmp-*') ?: [] as $path) {
            $stat = @lstat($path);
            if ($stat !== false && $stat['mtime'] < $now - self::STALE_TEMPORARY && @unlink($path)) {
                $deleted++;
            }
        }
        return $deleted;
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['directory' => $this->directory];
    }

    private function file(string $key): string
    {
        if (preg_match(self::KEY, $key) !== 1) {
            throw new \InvalidArgumentException('a cache key is 1-64 characters of A-Z, a-z, 0-9, "_" and "." (not first)');
        }
        return $this->directory . '/' . $key . self::SUFFIX;
    }

    /** @return list<string> the entries' files */
    private function entries(): array
    {
        $out = [];
        foreach (scandir($this->directory) ?: [] as $name) {
            if (str_ends_with($name, self::SUFFIX) && preg_match(self::KEY, substr($name, 0, -strlen(self::SUFFIX))) === 1) {
                $out[] = $this->directory . '/' . $name;
            }
        }
        return $out;
    }

    /** @return array{0: float|null, 1: mixed}|null [expiry, value]; null: no readable entry */
    private function read(string $path): ?array
    {
        clearstatcache(true, $path);
        $before = @lstat($path);
        if ($before === false || ($before['mode'] & 0170000) !== 0100000 || $before['size'] > self::MAX_FILE_BYTES) {
            return null; // nothing there, or not a regular file (a symlink is never followed)
        }
        $handle = @fopen($path, 'rb');
        if ($handle === false) {
            return null;
        }
        try {
            $after = fstat($handle);
            if ($after === false || $after['dev'] !== $before['dev'] || $after['ino'] !== $before['ino']) {
                return null; // replaced between the check and the open: a miss
            }
            $raw = stream_get_contents($handle, self::MAX_FILE_BYTES + 1);
        } finally {
            fclose($handle);
        }
        if (!is_string($raw) || strlen($raw) > self::MAX_FILE_BYTES) {
            return null;
        }
        try {
            $entry = json_decode($raw, true, 64, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return null;
        }
        if (!is_array($entry) || !array_key_exists('value', $entry)) {
            return null;
        }
        $expires = $entry['expires'] ?? null;
        if ($expires !== null && !is_int($expires) && !is_float($expires)) {
            return null;
        }
        return [$expires === null ? null : (float) $expires, $entry['value']];
    }

    private function write(string $path, string $json, int $mtime): bool
    {
        $tmp = @tempnam($this->directory, '.tmp-'); // mkstemp: a fresh name, mode 0600
        if ($tmp === false) {
            return false;
        }
        if (dirname($tmp) !== $this->directory) {
            @unlink($tmp); // tempnam fell back to another directory
            return false;
        }
        $ok = @chmod($tmp, 0600)
            && @file_put_contents($tmp, $json) === strlen($json)
            && @touch($tmp, $mtime)
            && @rename($tmp, $path); // replaces a file or a planted symlink, never writes through one
        if (!$ok) {
            @unlink($tmp);
        }
        return $ok;
    }

    private static function seconds(null|int|\DateInterval $ttl): ?float
    {
        if ($ttl instanceof \DateInterval) {
            $start = new \DateTimeImmutable('@0');
            return (float) $start->add($ttl)->getTimestamp();
        }
        return $ttl === null ? null : (float) $ttl;
    }

    private function now(): float
    {
        return (float) ($this->clock)();
    }
}
