<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Storage;

use CloudBase\Auth\Exception\StorageException;
use CloudBase\Auth\Internal\FileLock;

/**
 * A JSON object of strings in one file, shared with other processes and other clients (Python,
 * Go, Java) by the token-file convention v1:
 *
 * - every change is written atomically: a temporary file in the same directory, mode 0600,
 *   then renamed over the file; readers need no lock;
 * - every read-modify-write, and every session refresh of a client using this store, holds an
 *   exclusive flock(2) on "<path>.lock" beside the file (see FileLock), re-entrant within the
 *   process and shared by every FileStorage of the same file;
 * - a path that exists and is not a regular file (a FIFO, a directory, a device) is refused,
 *   never opened; a symlink is followed only to a regular file.
 *
 * A file that is not a JSON object of strings is a StorageException naming it (it is never
 * overwritten: fix or delete it). On Windows flock() is per process only: give each process
 * its own file there.
 */
final class FileStorage implements LockingStorage
{
    private readonly string $path;
    private readonly FileLock $lock;

    public function __construct(string $path)
    {
        if (str_starts_with($path, '~/')) {
            $home = getenv('HOME');
            if ($home === false || $home === '') {
                throw new StorageException("cannot expand {$path}: HOME is not set");
            }
            $path = rtrim($home, '/') . substr($path, 1);
        }
        if ($path === '' || str_ends_with($path, '/')) {
            throw new StorageException("a token file path is needed, got \"{$path}\"");
        }
        if (!str_starts_with($path, '/') && preg_match('/^[A-Za-z]:[\\\\\/]/', $path) !== 1) {
            $path = getcwd() . DIRECTORY_SEPARATOR . $path;
        }
        $this->path = $path;
        $this->lock = FileLock::for($path);
    }

    public function path(): string
    {
        return $this->path;
    }

    public function lockPath(): string
    {
        return $this->lock->path();
    }

    public function get(string $key): ?string
    {
        return $this->read()[$key] ?? null;
    }

    public function set(string $key, #[\SensitiveParameter] string $value): void
    {
        $this->locked(function () use ($key, $value): void {
            $data = $this->read();
            $data[$key] = $value;
            $this->write($data);
        });
    }

    public function delete(string $key): void
    {
        $this->locked(function () use ($key): void {
            $data = $this->read();
            if (array_key_exists($key, $data)) {
                unset($data[$key]);
                $this->write($data);
            }
        });
    }

    public function locked(callable $work): mixed
    {
        return $this->lock->run($work);
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['path' => $this->path];
    }

    /** The file the data lives in: the path, or the regular file a symlink there points to. */
    private function target(): ?string
    {
        clearstatcache(true, $this->path);
        $link = @lstat($this->path);
        if ($link === false) {
            return null; // nothing there yet
        }
        if (is_link($this->path)) {
            $stat = @stat($this->path);
            if ($stat === false) {
                return null; // a dangling symlink: nothing to read; a write replaces the link
            }
            if (($stat['mode'] & 0170000) !== 0100000) {
                throw new StorageException("token file {$this->path} is a symlink to something that is not a regular file; refused");
            }
            $real = realpath($this->path);
            return $real === false ? null : $real;
        }
        if (($link['mode'] & 0170000) !== 0100000) {
            throw new StorageException("token file {$this->path} is not a regular file (" . self::kind($link['mode']) . '); refused');
        }
        return $this->path;
    }

    /** @return array<string, string> */
    private function read(): array
    {
        $target = $this->target();
        if ($target === null) {
            return [];
        }
        $raw = @file_get_contents($target);
        if ($raw === false) {
            if (!file_exists($target)) {
                return []; // replaced between the check and the read
            }
            throw new StorageException("cannot read token file {$this->path}");
        }
        if (trim($raw) === '') {
            return [];
        }
        try {
            $data = json_decode($raw, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new StorageException("token file {$this->path} is not valid JSON ({$e->getMessage()}): fix or delete it");
        }
        if (!is_array($data) || ($data !== [] && array_is_list($data))) {
            throw new StorageException("token file {$this->path} is not a JSON object of strings: fix or delete it");
        }
        $out = [];
        foreach ($data as $key => $value) {
            if (!is_string($value)) {
                throw new StorageException("token file {$this->path} is not a JSON object of strings (the value of \"{$key}\" is not a string): fix or delete it");
            }
            $out[(string) $key] = $value;
        }
        return $out;
    }

    /** @param array<string, string> $data */
    private function write(#[\SensitiveParameter] array $data): void
    {
        $target = $this->target() ?? $this->path;
        $dir = dirname($target);
        if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
            throw new StorageException("cannot write token file {$this->path}: cannot create its directory");
        }
        ksort($data, SORT_STRING);
        $json = json_encode((object) $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        $tmp = @tempnam($dir, '.' . basename($target) . '.');
        if ($tmp === false || dirname($tmp) !== realpath($dir)) {
            if ($tmp !== false) {
                @unlink($tmp);
            }
            throw new StorageException("cannot write token file {$this->path}: cannot create a temporary file beside it");
        }
        try {
            @chmod($tmp, 0600);
            $handle = @fopen($tmp, 'wb');
            if ($handle === false) {
                throw new StorageException("cannot write token file {$this->path}: cannot open a temporary file");
            }
            try {
                if (@fwrite($handle, $json) !== strlen($json) || !fflush($handle)) {
                    throw new StorageException("cannot write token file {$this->path}: the disk refused the data");
                }
                if (function_exists('fsync')) {
                    @fsync($handle);
                }
            } finally {
                fclose($handle);
            }
            if (!@rename($tmp, $target)) {
                throw new StorageException("cannot write token file {$this->path}: cannot replace it");
            }
        } catch (\Throwable $e) {
            @unlink($tmp);
            throw $e;
        }
    }

    private static function kind(int $mode): string
    {
        return match ($mode & 0170000) {
            0040000 => 'a directory',
            0010000 => 'a FIFO',
            0020000 => 'a character device',
            0060000 => 'a block device',
            0140000 => 'a socket',
            default => 'not a regular file',
        };
    }
}
