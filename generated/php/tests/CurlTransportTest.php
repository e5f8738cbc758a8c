<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ConnectionException;
use CloudBase\Auth\Exception\InvalidResponseException;
use CloudBase\Auth\Exception\TimeoutException;
use CloudBase\Auth\Tests\Fixtures\TestClient;
use PHPUnit\Framework\TestCase;

/** The real transport (ext-curl) against servers on 127.0.0.1. */
final class CurlTransportTest extends TestCase
{
    /** @var list<resource> */
    private array $servers = [];

    protected function tearDown(): void
    {
        foreach ($this->servers as $process) {
            proc_terminate($process);
            proc_close($process);
        }
    }

    private function server(string $mode): int
    {
        $process = proc_open([PHP_BINARY, __DIR__ . '/Support/test_server.php', $mode], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($process);
        $this->servers[] = $process;
        $port = (int) trim((string) fgets($pipes[1]));
        self::assertGreaterThan(0, $port);
        return $port;
    }

    public function testAServerThatTricklesIsCutOffAtTheDeadline(): void
    {
        $port = $this->server('trickle');
        $auth = new TestClient('env-1', ['baseUrl' => "http://127.0.0.1:{$port}/auth/v1", 'timeout' => 1.0, 'maxRetries' => 0]);
        $started = hrtime(true);
        try {
            $auth->op('signIn', body: [], requestId: 'rid-t');
            self::fail('no timeout');
        } catch (TimeoutException $e) {
            self::assertStringContainsString("no answer from 127.0.0.1:{$port} in time", $e->getMessage());
        }
        // Generous: the deadline is 1 s; only a client that waits for the whole trickle (20 s) fails.
        self::assertLessThan(10.0, (hrtime(true) - $started) / 1e9);
    }

    public function testAnAnswerOverTheCapIsRefused(): void
    {
        $port = $this->server('big');
        $auth = new TestClient('env-1', ['baseUrl' => "http://127.0.0.1:{$port}/auth/v1", 'maxRetries' => 0]);
        $this->expectException(InvalidResponseException::class);
        $this->expectExceptionMessage('larger than the client\'s limit of 8388608 bytes');
        $auth->op('signIn', body: []);
    }

    public function testConnectionRefusedNamesTheHostAndTheCall(): void
    {
        $socket = stream_socket_server('tcp://127.0.0.1:0');
        self::assertNotFalse($socket);
        $name = (string) stream_socket_get_name($socket, false);
        fclose($socket);
        $auth = new TestClient('env-1', ['baseUrl' => "http://{$name}/auth/v1", 'maxRetries' => 0]);
        $this->expectException(ConnectionException::class);
        $this->expectExceptionMessageMatches('#^cannot connect to ' . preg_quote($name, '#') . ' \(connection refused\) for POST /auth/v1/signin \[request_id=[0-9a-f]{32}\]$#');
        $auth->op('signIn', body: []);
    }
}
