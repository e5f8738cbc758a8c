<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\StorageException;
use CloudBase\Auth\Storage\FileStorage;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;

/** The token file and its lock, convention v1. */
final class StorageTest extends TestCase
{
    private string $dir;

    protected function setUp(): void
    {
        parent::setUp();
        $this->dir = sys_get_temp_dir() . '/cloudbase-auth-php-' . bin2hex(random_bytes(6));
        mkdir($this->dir, 0700);
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    public function testTheFileIsAJsonObjectOfStringsWithMode0600AndALockBesideIt(): void
    {
        $path = $this->dir . '/tokens.json';
        $auth = $this->client(new MockTransport(MockTransport::json(200, self::tokens())), ['storage' => new FileStorage($path)]);
        $auth->op('signIn', body: []);
        self::assertSame(0600, fileperms($path) & 0777);
        $data = json_decode((string) file_get_contents($path), true);
        self::assertSame(['credentials_env-1', 'device_id'], array_keys($data));
        $session = json_decode($data['credentials_env-1'], true);
        self::assertSame('access-token-1', $session['access_token']);
        self::assertSame(1767225600.0 + 7200, $session['expires_at'], 'epoch seconds, as the Python and Go clients write it');
        self::assertFileExists($path . '.lock');
        self::assertSame(0600, fileperms($path . '.lock') & 0777);
        self::assertSame('', file_get_contents($path . '.lock'), 'the lock file never holds data');
        self::assertSame([], glob($this->dir . '/.tokens.json.*'), 'no temporary file is left');
        $again = $this->client(new MockTransport(MockTransport::json(200, [])), ['storage' => new FileStorage($path)]);
        self::assertSame('access-token-1', $again->session()?->accessToken(), 'another client reads it back');
    }

    public function testTheLockIsReentrantAndSharedByStoresOfOneFile(): void
    {
        $path = $this->dir . '/tokens.json';
        $a = new FileStorage($path);
        $b = new FileStorage($this->dir . '/./tokens.json');
        $result = $a->locked(function () use ($a, $b): string {
            $a->set('k', 'v1');
            $b->set('k', 'v2'); // the same lock: no deadlock within the process
            return (string) $b->get('k');
        });
        self::assertSame('v2', $result);
        $b->delete('k');
        self::assertNull($a->get('k'));
    }

    public function testAPathThatIsNotARegularFileIsRefusedNeverOpened(): void
    {
        $fifo = $this->dir . '/fifo.json';
        self::assertTrue(posix_mkfifo($fifo, 0600));
        foreach ([$fifo, $this->dir] as $path) {
            try {
                (new FileStorage($path . ($path === $this->dir ? '/' : '')))->get('k');
                self::fail("{$path} was read");
            } catch (StorageException $e) {
                self::assertStringContainsString($path, $e->getMessage());
            }
        }
        try {
            (new FileStorage($fifo))->get('k');
            self::fail('a FIFO was read');
        } catch (StorageException $e) {
            self::assertStringContainsString('is not a regular file (a FIFO)', $e->getMessage());
        }
        mkdir($this->dir . '/sub.json');
        $this->expectException(StorageException::class);
        (new FileStorage($this->dir . '/sub.json'))->set('k', 'v');
    }

    public function testASymlinkIsFollowedOnlyToARegularFile(): void
    {
        $real = $this->dir . '/real.json';
        file_put_contents($real, '{"k":"v"}');
        symlink($real, $this->dir . '/link.json');
        $store = new FileStorage($this->dir . '/link.json');
        self::assertSame('v', $store->get('k'));
        $store->set('k', 'w');
        self::assertTrue(is_link($this->dir . '/link.json'), 'the link is kept');
        self::assertSame(['k' => 'w'], json_decode((string) file_get_contents($real), true));
        symlink($this->dir, $this->dir . '/to-dir.json');
        $this->expectException(StorageException::class);
        (new FileStorage($this->dir . '/to-dir.json'))->get('k');
    }

    public function testAPlantedSymlinkAtTheLockPathIsRefusedAndItsTargetNeverCreated(): void
    {
        $target = $this->dir . '/elsewhere/created-by-the-lock';
        mkdir($this->dir . '/elsewhere');
        symlink($target, $this->dir . '/tokens.json.lock');
        try {
            (new FileStorage($this->dir . '/tokens.json'))->set('k', 'v');
            self::fail('the lock was taken through a symlink');
        } catch (StorageException $e) {
            self::assertStringContainsString('tokens.json.lock is not a regular file', $e->getMessage());
        }
        self::assertFileDoesNotExist($target);
        self::assertFileDoesNotExist($this->dir . '/tokens.json');
    }

    public function testAFileThatIsNotAJsonObjectOfStringsIsAnErrorAndIsKept(): void
    {
        $path = $this->dir . '/tokens.json';
        foreach (['{"k": 1}', '[1]', '{"k": "v"', 'null'] as $content) {
            file_put_contents($path, $content);
            try {
                (new FileStorage($path))->set('k', 'v');
                self::fail("{$content} accepted");
            } catch (StorageException $e) {
                self::assertStringContainsString("token file {$path}", $e->getMessage());
                self::assertStringContainsString('fix or delete it', $e->getMessage());
            }
            self::assertSame($content, file_get_contents($path), 'nothing lost');
        }
    }
}
