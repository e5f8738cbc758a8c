<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Cache\FileCache;
use CloudBase\Auth\Exception\StorageException;
use PHPUnit\Framework\TestCase;

/**
 * FileCache, the verifier's cache shared by the workers of one machine: PSR-16's behaviour,
 * and the safety it needs (whoever writes it decides which tokens pass).
 */
final class FileCacheTest extends TestCase
{
    private string $root;
    private float $now = 1767225600.0;

    protected function setUp(): void
    {
        $this->root = sys_get_temp_dir() . '/cbauth-filecache-test-' . bin2hex(random_bytes(6));
        mkdir($this->root, 0700);
    }

    protected function tearDown(): void
    {
        $remove = static function (string $path) use (&$remove): void {
            if (is_link($path) || is_file($path)) {
                unlink($path);
                return;
            }
            foreach (scandir($path) ?: [] as $name) {
                if ($name !== '.' && $name !== '..') {
                    $remove($path . '/' . $name);
                }
            }
            rmdir($path);
        };
        $remove($this->root);
    }

    private function cache(string $name = 'cache'): FileCache
    {
        return new FileCache($this->root . '/' . $name, fn (): float => $this->now);
    }

    public function testPsr16Behaviour(): void
    {
        $cache = $this->cache();
        self::assertSame(0700, fileperms($this->root . '/cache') & 0777, 'created private');
        self::assertNull($cache->get('missing'));
        self::assertSame('fallback', $cache->get('missing', 'fallback'));
        self::assertTrue($cache->set('cbv1.abc', ['v' => 1, 'until' => 12.5, 'claims' => ['sub' => 'u', 'groups' => ['g']]], 60));
        self::assertSame(['v' => 1, 'until' => 12.5, 'claims' => ['sub' => 'u', 'groups' => ['g']]], $cache->get('cbv1.abc'));
        self::assertSame(0600, fileperms($this->root . '/cache/cbv1.abc.json') & 0777);
        self::assertTrue($cache->has('cbv1.abc'));
        $this->now += 59.9;
        self::assertTrue($cache->has('cbv1.abc'));
        $this->now += 0.2;
        self::assertFalse($cache->has('cbv1.abc'), 'expired after its ttl');
        self::assertTrue($cache->set('forever', 0.0));
        self::assertSame(0.0, $cache->get('forever'), 'a float stays a float');
        self::assertTrue($cache->set('forever', false));
        self::assertFalse($cache->get('forever', 'default'), 'false is a value, not a miss');
        self::assertTrue($cache->set('interval', 'x', new \DateInterval('PT2S')));
        $this->now += 1.9;
        self::assertSame('x', $cache->get('interval'));
        $this->now += 0.2;
        self::assertNull($cache->get('interval'));
        self::assertTrue($cache->set('gone', 'y', 0), 'a ttl of 0 deletes');
        self::assertFalse($cache->has('gone'));
        self::assertTrue($cache->setMultiple(['a' => 1, 'b' => 2], 10));
        self::assertSame(['a' => 1, 'b' => 2, 'c' => 'none'], $cache->getMultiple(['a', 'b', 'c'], 'none'));
        self::assertTrue($cache->deleteMultiple(['a']));
        self::assertTrue($cache->delete('never_was'));
        self::assertSame(['a' => null, 'b' => 2], $cache->getMultiple(['a', 'b']));
        self::assertTrue($cache->clear());
        self::assertSame([null, null], [$cache->get('b'), $cache->get('forever')]);
        $again = $this->cache(); // another process's view of the same directory
        $cache->set('shared', 'value');
        self::assertSame('value', $again->get('shared'));
    }

    public function testKeysAreFileNamesNeverPaths(): void
    {
        $cache = $this->cache();
        foreach (['', '../escape', 'a/b', '.hidden', str_repeat('k', 65), "nul\0byte", 'white space', 'a{b}'] as $key) {
            try {
                $cache->set($key, 1);
                self::fail('accepted the key ' . json_encode($key));
            } catch (\InvalidArgumentException) {
            }
        }
        self::assertFileDoesNotExist($this->root . '/escape.json');
        $this->expectException(\InvalidArgumentException::class);
        $cache->set('not-json', NAN);
    }

    public function testAnUnsafeDirectoryIsRefused(): void
    {
        mkdir($this->root . '/open', 0700);
        chmod($this->root . '/open', 0777);
        symlink($this->root . '/cache', $this->root . '/link');
        $this->cache(); // the link's target exists
        file_put_contents($this->root . '/file', '');
        foreach (['open' => 'writable by other users', 'link' => 'not a directory', 'file' => 'not a directory'] as $name => $message) {
            try {
                $this->cache($name);
                self::fail("{$name} accepted");
            } catch (StorageException $e) {
                self::assertStringContainsString($message, $e->getMessage());
            }
        }
    }

    public function testAPlantedSymlinkIsNeverFollowed(): void
    {
        $cache = $this->cache();
        $outside = $this->root . '/outside.json';
        file_put_contents($outside, json_encode(['expires' => null, 'value' => ['v' => 1, 'state' => 'active']]));
        symlink($outside, $this->root . '/cache/cbv1.planted.json');
        self::assertNull($cache->get('cbv1.planted'), 'a symlink is not an entry');
        self::assertTrue($cache->set('cbv1.planted', 'mine', 60));
        self::assertSame('mine', $cache->get('cbv1.planted'));
        self::assertFalse(is_link($this->root . '/cache/cbv1.planted.json'), 'the link was replaced');
        self::assertStringContainsString('"active"', (string) file_get_contents($outside), 'its target was not written through');
    }

    public function testACorruptEntryIsAMiss(): void
    {
        $cache = $this->cache();
        foreach (['{not json', '[]', '{"expires":"soon","value":1}', '{"expires":null}', str_repeat(' ', 1048577)] as $raw) {
            file_put_contents($this->root . '/cache/bad.json', $raw);
            self::assertSame('miss', $cache->get('bad', 'miss'), substr($raw, 0, 30));
        }
    }

    public function testPruneDeletesOnlyExpiredEntries(): void
    {
        $cache = $this->cache();
        $cache->set('short', 1, 10);
        $cache->set('long', 2, 1000);
        $cache->set('forever', 3);
        $this->now += 11;
        self::assertSame(1, $cache->prune());
        self::assertSame([null, 2, 3], [$cache->get('short'), $cache->get('long'), $cache->get('forever')]);
        self::assertFileDoesNotExist($this->root . '/cache/short.json');
    }

    public function testLockedRunsTheWorkReentrantly(): void
    {
        $cache = $this->cache();
        $result = $cache->locked('cbv1.one', static fn (): string => $cache->locked('cbv1.one', static fn (): string => $cache->locked('cbv1.two', static fn (): string => 'nested')));
        self::assertSame('nested', $result);
        $locks = glob($this->root . '/cache/.lock-*') ?: [];
        self::assertNotEmpty($locks);
        foreach ($locks as $lock) {
            self::assertSame(0600, fileperms($lock) & 0777);
            self::assertSame('', file_get_contents($lock), 'a lock file never holds data');
        }
        try {
            $cache->locked('cbv1.one', static function (): never {
                throw new \DomainException('work failed');
            });
        } catch (\DomainException) {
        }
        // Released whatever happened: another process can take it at once.
        $probe = sprintf('$h = fopen(%s, "r+"); echo flock($h, LOCK_EX | LOCK_NB) ? "free" : "held";', var_export($locks[0], true));
        self::assertSame('free', shell_exec(PHP_BINARY . ' -r ' . escapeshellarg($probe)));
        self::assertSame(5, $cache->locked('cbv1.one', static fn (): int => 5));
    }
}
