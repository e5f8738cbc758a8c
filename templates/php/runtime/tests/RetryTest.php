<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ConnectionException;
use CloudBase\Auth\Exception\HttpServerErrorException;
use CloudBase\Auth\Exception\HttpTooManyRequestsException;
use CloudBase\Auth\Exception\TimeoutException;
use CloudBase\Auth\Internal\Retry;
use CloudBase\Auth\Internal\TransportFailure;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;

/** Retries only where a retry cannot double an effect, within the call's deadline. */
final class RetryTest extends TestCase
{
    public function test503And429AreRetriedHonouringRetryAfter(): void
    {
        $t = new MockTransport(
            MockTransport::json(503, ['error' => 'unavailable'], ['Retry-After' => '2']),
            MockTransport::json(429, ['error' => 'resource_exhausted']),
            MockTransport::json(200, self::tokens()),
        );
        $this->client($t)->op('signIn', body: []);
        self::assertCount(3, $t->requests);
        self::assertSame(2.0, $this->slept[0]);
        self::assertGreaterThanOrEqual(0.5, $this->slept[1]); // backoff with jitter: 1 s down to half of it
        self::assertLessThanOrEqual(1.0, $this->slept[1]);
        self::assertSame($t->requests[0]->headers['x-request-id'], $t->requests[2]->headers['x-request-id']);
    }

    public function testA500IsNeverRetried(): void
    {
        $t = new MockTransport(MockTransport::json(500, ['error' => 'internal']), MockTransport::json(200, []));
        $this->expectException(HttpServerErrorException::class);
        try {
            $this->client($t)->op('signIn', body: []);
        } finally {
            self::assertCount(1, $t->requests);
        }
    }

    public function testANeverConnectedRequestIsRetriedAConnectedOneIsNot(): void
    {
        $t = new MockTransport(new TransportFailure('connection refused', false), MockTransport::json(200, self::tokens()));
        $this->client($t)->op('signIn', body: []);
        self::assertCount(2, $t->requests);

        $t = new MockTransport(new TransportFailure('connection reset', true), MockTransport::json(200, self::tokens()));
        try {
            $this->client($t)->op('signIn', body: [], requestId: 'rid-2');
            self::fail('retried a request that may have been acted on');
        } catch (ConnectionException $e) {
            self::assertSame('the exchange with env-1.example.test:443 failed (connection reset) for POST /auth/v1/signin [request_id=rid-2]', $e->getMessage());
        }
        self::assertCount(1, $t->requests);
    }

    public function testARetryAfterBeyondTheDeadlineIsNotWaitedFor(): void
    {
        $t = new MockTransport(MockTransport::json(429, ['error' => 'resource_exhausted'], ['Retry-After' => '30']), MockTransport::json(200, []));
        $this->expectException(HttpTooManyRequestsException::class);
        try {
            $this->client($t, ['timeout' => 1.0])->op('signIn', body: []);
        } finally {
            self::assertSame([], $this->slept);
            self::assertCount(1, $t->requests);
        }
    }

    public function testEveryAttemptGetsOnlyWhatIsLeftOfTheDeadline(): void
    {
        $t = new MockTransport(new TransportFailure('connection refused', false), new TransportFailure('connection refused', false), MockTransport::json(200, self::tokens()));
        $auth = $this->client($t, ['timeout' => 5.0, 'sleep' => static function (float $s): void {
            usleep((int) ($s * 1e6));
        }]);
        $auth->op('signIn', body: []);
        self::assertCount(3, $t->timeouts);
        self::assertLessThanOrEqual(5.0, $t->timeouts[0]);
        self::assertLessThan($t->timeouts[0], $t->timeouts[1]);
        self::assertLessThan($t->timeouts[1], $t->timeouts[2]);
    }

    public function testADeadlineSpentBeforeAnAttemptIsATimeout(): void
    {
        $t = new MockTransport(new TransportFailure('timed out', true, true));
        $this->expectException(TimeoutException::class);
        $this->client($t, ['timeout' => 0.5])->op('signIn', body: []);
    }

    public function testRetryAfterDatesAreGmtWhateverTheTimeZone(): void
    {
        $zone = date_default_timezone_get();
        date_default_timezone_set('Asia/Shanghai');
        try {
            $now = 1767225600.0; // Thu, 01 Jan 2026 00:00:00 GMT
            self::assertSame(10.0, Retry::parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', $now));
            self::assertSame(0.0, Retry::parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', $now));
            self::assertSame(60.0, Retry::parseRetryAfter('3600', $now), 'capped');
            self::assertNull(Retry::parseRetryAfter('soon', $now));
        } finally {
            date_default_timezone_set($zone);
        }
    }
}
