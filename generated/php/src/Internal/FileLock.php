<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

use CloudBase\Auth\Exception\StorageException;

/**
 * The lock of one token file, convention v1: an exclusive flock(2) on "<path>.lock" beside it
 * (mode 0600, never holding data, never deleted), shared by every FileStorage of the same file in
 * this process and re-entrant for its holder (PHP runs one thread per process, so the holder is
 * this process). One descriptor of the lock file is kept open while it is held.
 *
 * PHP can take flock(2) only, not a POSIX record lock: it excludes the Python and Go clients
 * (which take both kinds) and other PHP processes, but not a Java process on its own.
 *
 * The lock file is never opened through a symlink: it is created with O_CREAT|O_EXCL (which
 * never follows one), and an existing one is checked with lstat before opening and compared
 * with fstat after (same device and inode, a regular file), so a planted symlink is refused and
 * its target never created.
 *
 * @internal
 */
final class FileLock
{
    /** @var array<string, FileLock> one per lock file (by real path) in this process */
    private static array $byPath = [];

    /** @var resource|null */
    private $handle = null;
    private int $depth = 0;

    private function __construct(private readonly string $path)
    {
    }

    public static function for(string $tokenPath): self
    {
        $dir = dirname($tokenPath);
        $real = realpath($dir);
        $lockPath = ($real !== false ? $real : $dir) . DIRECTORY_SEPARATOR . basename($tokenPath) . '.lock';
        return self::$byPath[$lockPath] ??= new self($lockPath);
    }

    public function path(): string
    {
        return $this->path;
    }

    public function held(): bool
    {
        return $this->depth > 0;
    }

    /**
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function run(callable $work): mixed
    {
        $this->acquire();
        try {
            return $work();
        } finally {
            $this->release();
        }
    }

    public function acquire(): void
    {
        if ($this->depth === 0) {
            $handle = $this->open();
            if (!flock($handle, LOCK_EX)) {
                fclose($handle);
                throw new StorageException("cannot lock {$this->path}: flock failed");
            }
            $this->handle = $handle;
        }
        $this->depth++;
    }

    public function release(): void
    {
        if ($this->depth === 0) {
            return;
        }
        $this->depth--;
        if ($this->depth === 0 && $this->handle !== null) {
            flock($this->handle, LOCK_UN);
            fclose($this->handle);
            $this->handle = null;
        }
    }

    /** @return resource */
    private function open()
    {
        $dir = dirname($this->path);
        if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
            throw new StorageException("cannot create the directory of the lock file {$this->path}");
        }
        clearstatcache(true, $this->path);
        if (@lstat($this->path) === false) {
            $this->create($dir);
        }
        clearstatcache(true, $this->path);
        $before = @lstat($this->path);
        if ($before === false) {
            throw new StorageException("cannot create the lock file {$this->path}");
        }
        if (is_link($this->path) || ($before['mode'] & 0170000) !== 0100000) {
            throw new StorageException("the lock file {$this->path} is not a regular file (a symlink or special file is refused)");
        }
        $handle = @fopen($this->path, 'r+'); // no O_CREAT: a symlink swapped in meanwhile creates nothing
        if ($handle === false) {
            throw new StorageException("cannot open the lock file {$this->path}");
        }
        $after = fstat($handle);
        if ($after === false || $after['dev'] !== $before['dev'] || $after['ino'] !== $before['ino'] || ($after['mode'] & 0170000) !== 0100000) {
            fclose($handle);
            throw new StorageException("the lock file {$this->path} changed while it was opened; refused");
        }
        return $handle;
    }

    /**
     * Create the lock file without ever following a symlink: PHP's fopen() resolves symlinks
     * itself (so its "x" mode would create a planted link's target), but link(2) fails when
     * the new name exists in any form. The file is made by tempnam() (mkstemp: mode 0600, a
     * fresh name) and linked into place.
     */
    private function create(string $dir): void
    {
        $tmp = @tempnam($dir, '.' . basename($this->path) . '.');
        if ($tmp === false) {
            return; // a read-only directory: the caller reports it
        }
        try {
            $real = realpath($dir);
            if ($real === false || dirname($tmp) !== $real) {
                return; // tempnam fell back to another directory
            }
            @chmod($tmp, 0600);
            @link($tmp, $this->path); // fails (EEXIST) if anything, a symlink included, is there now
        } finally {
            @unlink($tmp);
        }
    }
}
