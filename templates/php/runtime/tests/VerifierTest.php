<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Cache\CacheInterface;
use CloudBase\Auth\Cache\FileCache;
use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Exception\TokenExpiredException;
use CloudBase\Auth\Exception\TokenInactiveException;
use CloudBase\Auth\Exception\VerificationUnavailableException;
use CloudBase\Auth\Internal\HttpRequest;
use CloudBase\Auth\Internal\TransportFailure;
use CloudBase\Auth\Tests\Fixtures\TestClient;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;
use CloudBase\Auth\TokenVerifier;
use CloudBase\Auth\VerifiedToken;

/**
 * TokenVerifier through its public API, the service played by the mock transport (the same
 * verifier against the emulator, behind `php -S`: tests/php/test_verifier.py): what is asked,
 * what is cached and for how long, what is refused without asking, and that it fails closed.
 */
final class VerifierTest extends TestCase
{
    private const TOKEN = 'caller-access-token.part2.part3';

    /** An introspection answer for an active token. */
    private static function active(string $sub = 'user-1', ?float $exp = null): array
    {
        $answer = ['token_type' => 'Bearer', 'client_id' => 'env-1', 'sub' => $sub, 'scope' => 'user anonymous', 'groups' => ['g-1', ['id' => 'g-2'], 7]];
        if ($exp !== null) {
            $answer['exp'] = $exp;
        }
        return $answer;
    }

    /** A JWT-shaped token (unsigned: only its exp claim is ever read, to shorten caching). */
    private static function jwt(float $exp, string $salt = 'a'): string
    {
        $part = static fn (array $v): string => rtrim(strtr(base64_encode((string) json_encode($v)), '+/', '-_'), '=');
        return $part(['alg' => 'RS256']) . '.' . $part(['sub' => 'user-1', 'exp' => $exp, 'salt' => $salt]) . '.c2lnbmF0dXJl';
    }

    private function verifier(MockTransport $t, array $options = [], array $client = []): TokenVerifier
    {
        return new TokenVerifier($this->client($t, $client), ...$options, clock: fn (): float => $this->now);
    }

    /** @return list<string> the paths the service was asked */
    private static function asked(MockTransport $t): array
    {
        return array_map(static fn (HttpRequest $r): string => $r->path(), $t->requests);
    }

    public function testAnActiveTokenIsVerifiedWithTheCallersTokenAndCached(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $auth = $this->client($t);
        $auth->setSession(self::tokens('the-clients-own-token'));
        $verifier = new TokenVerifier($auth, clock: fn (): float => $this->now);
        $verified = $verifier->verify(self::TOKEN);
        self::assertInstanceOf(VerifiedToken::class, $verified);
        self::assertSame(['user-1', 'user anonymous', 'env-1', 'Bearer'], [$verified->sub, $verified->scope, $verified->clientId, $verified->tokenType]);
        self::assertSame(['g-1', 'g-2'], $verified->groups);
        self::assertTrue($verified->hasScope('anonymous'));
        self::assertFalse($verified->hasScope('anon'));
        self::assertSame('user-1', $verified->claims['sub']);
        $this->now += 59;
        self::assertSame('user-1', $verifier->verify(self::TOKEN)->sub);
        self::assertSame('user-1', $verifier->verify(self::TOKEN)->sub);
        self::assertSame(1, $verifier->introspections());
        self::assertSame(['/auth/v1/token/introspect'], self::asked($t));
        $request = $t->requests[0];
        self::assertSame('GET', $request->method);
        self::assertSame('Bearer ' . self::TOKEN, $request->headers['authorization'], "the caller's token, not the client's session");
        self::assertArrayNotHasKey('client_id', $t->query(0));
        self::assertSame('the-clients-own-token', $auth->session()?->accessToken(), 'the session is neither used nor changed');
        $this->now += 1.5; // maxTtl (60 s) has passed: asked again
        $verifier->verify(self::TOKEN);
        self::assertSame(2, $verifier->introspections());
    }

    public function testTheTokensExpiryCapsTheCacheAndThenItIsExpired(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active(exp: $this->now + 30)));
        $verifier = $this->verifier($t);
        self::assertSame('2026-01-01T00:00:30Z', $verifier->verify(self::TOKEN)->expiresAt?->format('Y-m-d\TH:i:s\Z'));
        $this->now += 29.9;
        $verifier->verify(self::TOKEN);
        $this->now += 0.2;
        try {
            $verifier->verify(self::TOKEN);
            self::fail('an expired token was accepted');
        } catch (TokenExpiredException $e) {
            self::assertSame('the token has expired', $e->getMessage());
        }
        self::assertSame(1, $verifier->introspections(), 'expired by its own exp: the service is not asked');
    }

    public function testTheJwtExpClaimCapsTheCacheWhenTheAnswerHasNone(): void
    {
        $token = self::jwt($this->now + 10);
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t);
        self::assertSame((int) $this->now + 10, $verifier->verify($token)->expiresAt?->getTimestamp());
        $this->now += 11;
        $this->expectException(TokenExpiredException::class);
        $verifier->verify($token);
    }

    public function testARevokedTokenIsRefusedOnceMaxTtlHasPassed(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active()), MockTransport::json(200, []));
        $verifier = $this->verifier($t, ['maxTtl' => 5.0]);
        $verifier->verify(self::TOKEN);
        // Revoked now: the cached answer still holds for up to maxTtl (the documented latency).
        $this->now += 4.9;
        $verifier->verify(self::TOKEN);
        $this->now += 0.2;
        try {
            $verifier->verify(self::TOKEN);
            self::fail('a revoked token was accepted after maxTtl');
        } catch (TokenInactiveException $e) {
            self::assertNotInstanceOf(TokenExpiredException::class, $e);
            self::assertSame('the token is not active', $e->getMessage());
        }
        self::assertSame(2, $verifier->introspections());
    }

    public function testAnInactiveAnswerIsCachedForNegativeTtl(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $verifier = $this->verifier($t, ['negativeTtl' => 10.0]);
        foreach ([0, 9.9, 0.2] as $step) {
            $this->now += $step;
            try {
                $verifier->verify(self::TOKEN);
                self::fail('accepted');
            } catch (TokenInactiveException) {
            }
        }
        self::assertSame(2, $verifier->introspections(), 'asked, cached for 10 s, asked again');
        self::assertCount(2, $t->requests);
    }

    public function testAnExpiredTokenTheServiceRefusesIsTokenExpired(): void
    {
        $t = new MockTransport(MockTransport::json(200, ['active' => false]));
        $verifier = $this->verifier($t);
        $this->expectException(TokenExpiredException::class);
        $verifier->verify(self::jwt($this->now - 1));
    }

    public function testMalformedTokensAreRefusedWithoutAsking(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t);
        foreach (['', 'two words', 'comma,separated', "tab\tinside", 'ünïcode', '====', str_repeat('a', 8193), "line\nbreak"] as $token) {
            try {
                $verifier->verify($token);
                self::fail('accepted ' . json_encode($token));
            } catch (TokenInactiveException $e) {
                self::assertContains($e->getMessage(), ['no token', 'the token is malformed']);
            }
        }
        self::assertSame([], $t->requests);
        $verifier->verify('abc-._~+/=='); // every token68 character, padding included
        self::assertCount(1, $t->requests);
    }

    public function testServiceDownFailsClosedAndIsNotCached(): void
    {
        $t = new MockTransport(new TransportFailure('connection refused', false));
        $verifier = $this->verifier($t, [], ['maxRetries' => 0]);
        foreach ([1, 2] as $attempt) {
            try {
                $verifier->verify(self::TOKEN);
                self::fail('a token was let in with the service down');
            } catch (VerificationUnavailableException $e) {
                self::assertSame('could not verify the token with the service: no answer (ConnectionException)', $e->getMessage());
                self::assertInstanceOf(\CloudBase\Auth\Exception\ConnectionException::class, $e->getPrevious());
            }
        }
        self::assertSame(2, $verifier->introspections(), 'a failure is never cached');
    }

    public function testAServiceErrorFailsClosedThenRecovers(): void
    {
        $t = new MockTransport(
            MockTransport::json(500, ['error' => 'internal', 'error_description' => 'boom']),
            MockTransport::json(200, self::active()),
        );
        $verifier = $this->verifier($t);
        try {
            $verifier->verify(self::TOKEN);
            self::fail('no error');
        } catch (VerificationUnavailableException $e) {
            self::assertSame('could not verify the token with the service: the service answered internal (HTTP 500)', $e->getMessage());
        }
        self::assertSame('user-1', $verifier->verify(self::TOKEN)->sub);
    }

    public function testAnAnswerWithoutASubjectOrNotJsonIsUnavailable(): void
    {
        $t = new MockTransport(MockTransport::json(200, ['scope' => 'user']), MockTransport::json(200, '<html>oops</html>'));
        $verifier = $this->verifier($t);
        foreach (['has no subject (sub)', 'the service answered invalid_response (HTTP 200)'] as $reason) {
            try {
                $verifier->verify(self::TOKEN);
                self::fail('accepted');
            } catch (VerificationUnavailableException $e) {
                self::assertStringContainsString($reason, $e->getMessage());
            }
        }
    }

    public function testA401FromTheIntrospectionIsAnInactiveTokenAndCached(): void
    {
        $t = new MockTransport(MockTransport::json(401, ['error' => 'unauthenticated', 'error_description' => 'bad token']));
        $verifier = $this->verifier($t);
        foreach ([1, 2] as $attempt) {
            try {
                $verifier->verify(self::TOKEN);
                self::fail('accepted');
            } catch (TokenInactiveException $e) {
                self::assertNotInstanceOf(VerificationUnavailableException::class, $e);
            }
        }
        self::assertCount(1, $t->requests);
    }

    public function testTheLruIsBoundedAndJunkCannotEvictValidTokens(): void
    {
        $t = new MockTransport(static fn (HttpRequest $r): \CloudBase\Auth\Internal\HttpResponse => str_starts_with($r->headers['authorization'], 'Bearer junk')
            ? MockTransport::json(200, [])
            : MockTransport::json(200, self::active(substr($r->headers['authorization'], 7))));
        $verifier = $this->verifier($t, ['cacheSize' => 2]);
        $verifier->verify('valid-1');
        $verifier->verify('valid-2');
        for ($i = 0; $i < 50; $i++) {
            try {
                $verifier->verify("junk-{$i}");
            } catch (TokenInactiveException) {
            }
        }
        $verifier->verify('valid-1');
        $verifier->verify('valid-2');
        self::assertSame(52, $verifier->introspections(), 'the valid tokens stayed cached');
        $verifier->verify('valid-3'); // evicts valid-1, the least recently used
        $verifier->verify('valid-2');
        self::assertSame(53, $verifier->introspections());
        $verifier->verify('valid-1');
        self::assertSame(54, $verifier->introspections());
        self::assertStringContainsString('cached=4', (string) $verifier, '2 active and 2 inactive entries');
    }

    public function testTheTokenNeverShowsInErrorsOrTheVerifiersForms(): void
    {
        $echo = static fn (HttpRequest $r): \CloudBase\Auth\Internal\HttpResponse => MockTransport::json(400, ['error' => 'invalid_argument', 'error_description' => 'bad token ' . substr($r->headers['authorization'], 7)]);
        $t = new MockTransport($echo, MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t, [], ['maxRetries' => 0]);
        $shown = '';
        try {
            $verifier->verify(self::TOKEN);
            self::fail('no error');
        } catch (VerificationUnavailableException $e) {
            $shown .= self::shown($e) . self::shown($e->getPrevious());
        }
        $verifier->verify(self::TOKEN);
        $t->forget(); // what the mock transport recorded is the test's, not the verifier's
        $t->add(new TransportFailure('connection refused', false));
        $shown .= self::shown($verifier);
        try {
            $verifier->verify(self::TOKEN . 'x');
        } catch (VerificationUnavailableException $e) {
            $shown .= self::shown($e);
        }
        try {
            $verifier->verify('two words ' . self::TOKEN);
        } catch (TokenInactiveException $e) {
            $shown .= self::shown($e);
        }
        $at = strpos($shown, 'caller-access-token');
        self::assertFalse($at, 'the token shows: ...' . substr($shown, max(0, (int) $at - 300), 400));
        self::assertStringContainsString('invalid_argument', $shown, 'the error code is shown, its description is not');
    }

    public function testBadSettingsAreOneClearError(): void
    {
        $auth = $this->client(new MockTransport());
        foreach ([
            [['cacheSize' => 0], 'cacheSize'],
            [['maxTtl' => -1.0], 'maxTtl and negativeTtl'],
            [['negativeTtl' => NAN], 'maxTtl and negativeTtl'],
            [['maxTtl' => INF], 'maxTtl and negativeTtl'],
            [['timeout' => 0.0], 'timeout'],
        ] as [$options, $message]) {
            try {
                new TokenVerifier($auth, ...$options);
                self::fail(json_encode($options) . ' accepted');
            } catch (ConfigurationException $e) {
                self::assertStringContainsString($message, $e->getMessage());
            }
        }
    }

    public function testZeroMaxTtlAsksEveryTime(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t, ['maxTtl' => 0.0]);
        $verifier->verify(self::TOKEN);
        $verifier->verify(self::TOKEN);
        self::assertSame(2, $verifier->introspections());
    }

    // -- the shared cache: what one worker learns, the others use --------------------------------

    private function cacheDir(): string
    {
        $dir = sys_get_temp_dir() . '/cbauth-verifier-test-' . bin2hex(random_bytes(6));
        register_shutdown_function(static function () use ($dir): void {
            foreach (glob($dir . '/{,.}*', GLOB_BRACE) ?: [] as $file) {
                if (is_file($file)) {
                    unlink($file);
                }
            }
            @rmdir($dir);
        });
        return $dir;
    }

    public function testWorkersShareAnswersThroughTheSharedCache(): void
    {
        $cache = new FileCache($this->cacheDir(), fn (): float => $this->now);
        $t = new MockTransport(MockTransport::json(200, self::active(exp: $this->now + 3600)), MockTransport::json(200, []));
        // Two verifiers: what two PHP-FPM workers (or two requests of one) would hold.
        $first = $this->verifier($t, ['cache' => $cache]);
        $second = $this->verifier($t, ['cache' => $cache]);
        $first->verify(self::TOKEN);
        $verified = $second->verify(self::TOKEN);
        self::assertSame(['user-1', ['g-1', 'g-2'], '2026-01-01T01:00:00Z'], [$verified->sub, $verified->groups, $verified->expiresAt?->format('Y-m-d\TH:i:s\Z')]);
        self::assertSame([1, 0], [$first->introspections(), $second->introspections()]);
        $this->now += 61; // maxTtl passed: the next one asks, learns the token is inactive, shares that
        try {
            $second->verify(self::TOKEN);
            self::fail('accepted');
        } catch (TokenInactiveException) {
        }
        $third = $this->verifier($t, ['cache' => $cache]);
        try {
            $third->verify(self::TOKEN);
            self::fail('accepted');
        } catch (TokenInactiveException) {
        }
        self::assertSame(0, $third->introspections());
        self::assertCount(2, $t->requests);
        $files = '';
        foreach (glob($cache->directory() . '/*') ?: [] as $file) {
            $files .= basename($file) . file_get_contents($file);
        }
        self::assertStringNotContainsString(self::TOKEN, $files, 'never the token: not as a key, not as data');
        self::assertStringNotContainsString(hash('sha256', self::TOKEN), $files, 'nor its bare hash');
        // Nor the token rewritten into a file-name-safe key: compared on letters and digits only,
        // no 8 of the token's in a row (its non-hex letters cannot come from a hash).
        $alnum = static fn (string $s): string => (string) preg_replace('/[^a-z0-9]/', '', strtolower($s));
        $token = $alnum(self::TOKEN);
        for ($i = 0; $i + 8 <= strlen($token); $i++) {
            self::assertStringNotContainsString(substr($token, $i, 8), $alnum($files), 'the token shows in the shared cache');
        }
    }

    /**
     * Single-flight across workers shares a failure too: a worker that waited for the key's lock
     * while another worker's introspection failed fails with it, without asking; a request that
     * arrives after that failure asks again (a failure is never cached).
     */
    public function testAWorkerThatWaitedForAFailedIntrospectionFailsWithoutAsking(): void
    {
        $files = new FileCache($this->cacheDir(), fn (): float => $this->now);
        $waiting = new class ($files) implements \CloudBase\Auth\Cache\LockingCacheInterface {
            /** @var (\Closure(): void)|null what other workers do while this one waits for the lock */
            public ?\Closure $meanwhile = null;

            public function __construct(private readonly FileCache $files)
            {
            }

            public function locked(string $key, callable $work): mixed
            {
                return $this->files->locked($key, function () use ($work): mixed {
                    if ($this->meanwhile !== null) {
                        ($this->meanwhile)();
                        $this->meanwhile = null;
                    }
                    return $work();
                });
            }

            public function get(string $key, mixed $default = null): mixed
            {
                return $this->files->get($key, $default);
            }

            public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool
            {
                return $this->files->set($key, $value, $ttl);
            }

            public function delete(string $key): bool
            {
                return $this->files->delete($key);
            }

            public function clear(): bool
            {
                return $this->files->clear();
            }

            public function getMultiple(iterable $keys, mixed $default = null): iterable
            {
                return $this->files->getMultiple($keys, $default);
            }

            public function setMultiple(iterable $values, null|int|\DateInterval $ttl = null): bool
            {
                return $this->files->setMultiple($values, $ttl);
            }

            public function deleteMultiple(iterable $keys): bool
            {
                return $this->files->deleteMultiple($keys);
            }

            public function has(string $key): bool
            {
                return $this->files->has($key);
            }
        };
        $down = new MockTransport(MockTransport::json(503, ['error' => 'unavailable']));
        $other = $this->verifier($down, ['cache' => $files], ['maxRetries' => 0]);
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t, ['cache' => $waiting]);
        $waiting->meanwhile = function () use ($other): void {
            $this->now += 0.5; // the other worker's introspection takes a while, then fails
            try {
                $other->verify(self::TOKEN);
                self::fail('accepted with the service down');
            } catch (VerificationUnavailableException) {
            }
        };
        try {
            $verifier->verify(self::TOKEN);
            self::fail('accepted');
        } catch (VerificationUnavailableException $e) {
            self::assertStringContainsString('did not answer the worker this one waited for', $e->getMessage());
        }
        self::assertSame([0, 1], [$verifier->introspections(), $other->introspections()]);
        $this->now += 0.1; // a later request: the failure is not an answer, it asks again
        self::assertSame('user-1', $verifier->verify(self::TOKEN)->sub);
        self::assertSame(1, $verifier->introspections());
    }

    public function testASharedCacheThatFailsOrLiesIsAMissNeverALetIn(): void
    {
        $broken = new class () implements CacheInterface {
            public array $values = [];

            public function get(string $key, mixed $default = null): mixed
            {
                return $this->values[$key] ?? throw new \RuntimeException('cache down');
            }

            public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool
            {
                throw new \RuntimeException('cache down');
            }

            public function delete(string $key): bool
            {
                return true;
            }

            public function clear(): bool
            {
                return true;
            }

            public function getMultiple(iterable $keys, mixed $default = null): iterable
            {
                return [];
            }

            public function setMultiple(iterable $values, null|int|\DateInterval $ttl = null): bool
            {
                return false;
            }

            public function deleteMultiple(iterable $keys): bool
            {
                return true;
            }

            public function has(string $key): bool
            {
                return false;
            }
        };
        $t = new MockTransport(MockTransport::json(200, []));
        $verifier = $this->verifier($t, ['cache' => $broken]);
        try {
            $verifier->verify(self::TOKEN);
            self::fail('accepted');
        } catch (TokenInactiveException) {
        }
        // Entries of another shape (another version, a bad claim set) are ignored.
        $other = $this->verifier($t, ['cache' => $broken]);
        foreach ([['v' => 2, 'state' => 'active', 'until' => $this->now + 60, 'claims' => self::active()], ['v' => 1, 'state' => 'active', 'until' => $this->now + 60, 'claims' => ['sub' => '']], 'garbage'] as $entry) {
            $broken->values = array_fill_keys(['cbv1.' . substr(hash('sha256', self::BASE . "\n" . self::TOKEN), 0, 59)], $entry);
            try {
                $other->verify(self::TOKEN);
                self::fail('a stale-shaped entry let the token in');
            } catch (TokenInactiveException) {
            }
            $other->clear();
        }
        self::assertSame(3, $other->introspections());
    }

    /**
     * A shared cache may keep an entry longer than the TTL it was given (APCu and Redis count
     * whole seconds on their own clock; some caches ignore TTLs): the entry's own deadline still
     * ends the trust at maxTtl, so a revoked token is refused then, in every worker.
     */
    public function testASharedCacheThatKeepsEntriesTooLongNeverExtendsTheTrust(): void
    {
        $forever = new class () implements CacheInterface {
            public array $values = [];

            public function get(string $key, mixed $default = null): mixed
            {
                return $this->values[$key] ?? $default;
            }

            public function set(string $key, mixed $value, null|int|\DateInterval $ttl = null): bool
            {
                $this->values[$key] = $value; // the TTL ignored

                return true;
            }

            public function delete(string $key): bool
            {
                unset($this->values[$key]);

                return true;
            }

            public function clear(): bool
            {
                $this->values = [];

                return true;
            }

            public function getMultiple(iterable $keys, mixed $default = null): iterable
            {
                return [];
            }

            public function setMultiple(iterable $values, null|int|\DateInterval $ttl = null): bool
            {
                return false;
            }

            public function deleteMultiple(iterable $keys): bool
            {
                return true;
            }

            public function has(string $key): bool
            {
                return isset($this->values[$key]);
            }
        };
        // Active (no exp), then revoked: the service says inactive from the second question on.
        $t = new MockTransport(MockTransport::json(200, self::active()), MockTransport::json(200, []));
        $this->verifier($t, ['cache' => $forever, 'maxTtl' => 60.0])->verify(self::TOKEN);
        $this->now += 59;
        self::assertSame('user-1', $this->verifier($t, ['cache' => $forever, 'maxTtl' => 60.0])->verify(self::TOKEN)->sub, 'within maxTtl: the shared answer');
        $this->now += 2;
        $worker = $this->verifier($t, ['cache' => $forever, 'maxTtl' => 60.0]);
        try {
            $worker->verify(self::TOKEN);
            self::fail('a revoked token trusted past maxTtl through the shared cache');
        } catch (TokenInactiveException) {
        }
        self::assertSame(1, $worker->introspections());
        self::assertCount(2, $t->requests);
    }

    // -- the gate: the Authorization header, refusals, the PSR-15-shaped middleware -------------

    public function testAuthenticateReadsTheServersAuthorizationHeader(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::active()));
        $verifier = $this->verifier($t);
        self::assertSame('user-1', $this->verified($verifier->authenticate(['HTTP_AUTHORIZATION' => 'Bearer ' . self::TOKEN]))->sub);
        self::assertSame('user-1', $this->verified($verifier->authenticate(['REDIRECT_HTTP_AUTHORIZATION' => 'bearer   ' . self::TOKEN . '  ']))->sub);
        $none = $verifier->authenticate([]);
        self::assertInstanceOf(\CloudBase\Auth\Http\Refusal::class, $none);
        self::assertSame([401, 'Bearer'], [$none->status, $none->headers['WWW-Authenticate']]);
        foreach (['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'Bearertoken', 'Bearer ' . self::TOKEN . ', Bearer other'] as $header) {
            $refused = $verifier->authenticate(['HTTP_AUTHORIZATION' => $header]);
            self::assertInstanceOf(\CloudBase\Auth\Http\Refusal::class, $refused, $header);
            self::assertSame(401, $refused->status);
            self::assertSame('Bearer error="invalid_token", error_description="the Authorization header is not one Bearer token"', $refused->headers['WWW-Authenticate']);
            self::assertSame('no-store', $refused->headers['Cache-Control']);
            self::assertSame(['error' => 'invalid_token', 'error_description' => 'the Authorization header is not one Bearer token'], json_decode($refused->body(), true));
        }
        self::assertCount(1, $t->requests);
    }

    private function verified(mixed $outcome): VerifiedToken
    {
        self::assertInstanceOf(VerifiedToken::class, $outcome);
        return $outcome;
    }

    public function testTheMiddlewareLetsInOnlyAVerifiedTokenAndPublicPaths(): void
    {
        require_once __DIR__ . '/Support/Psr7.php';
        $t = new MockTransport(static fn (HttpRequest $r): \CloudBase\Auth\Internal\HttpResponse => match ($r->headers['authorization']) {
            'Bearer good-token' => MockTransport::json(200, self::active()),
            'Bearer down-token' => MockTransport::json(500, ['error' => 'internal']),
            default => MockTransport::json(200, []),
        });
        $middleware = new \CloudBase\Auth\Http\TokenMiddleware(
            $this->verifier($t),
            new Support\Psr7\ResponseFactory(),
            publicPaths: ['/health'],
            publicPrefixes: ['/static/'],
            realm: 'my "app"',
        );
        $handler = new Support\Psr7\Handler(static function (object $request): object {
            $verified = $request->getAttribute(\CloudBase\Auth\Http\TokenMiddleware::ATTRIBUTE);
            $response = (new Support\Psr7\Response(200))->withHeader('Content-Type', 'text/plain');
            $response->getBody()->write($verified === null ? 'public' : 'hello ' . $verified->sub);
            return $response;
        });
        $run = static fn (string $path, array $headers = []): Support\Psr7\Response => $middleware->process(new Support\Psr7\ServerRequest($path, $headers), $handler);

        self::assertSame('hello user-1', (string) $run('/api', ['authorization' => ['Bearer good-token']])->getBody());
        self::assertSame('public', (string) $run('/health')->getBody());
        self::assertSame('public', (string) $run('/static/app.js')->getBody());
        self::assertSame(3, $handler->calls);

        $missing = $run('/health/more');
        self::assertSame([401, 'Bearer realm="my \"app\""'], [$missing->getStatusCode(), $missing->getHeaderLine('WWW-Authenticate')]);
        $inactive = $run('/api', ['authorization' => ['Bearer revoked-token']]);
        self::assertSame(401, $inactive->getStatusCode());
        self::assertSame('Bearer realm="my \"app\"", error="invalid_token", error_description="the token is not active"', $inactive->getHeaderLine('WWW-Authenticate'));
        self::assertSame('application/json', $inactive->getHeaderLine('Content-Type'));
        self::assertSame(['error' => 'invalid_token', 'error_description' => 'the token is not active'], json_decode((string) $inactive->getBody(), true));
        $two = $run('/api', ['authorization' => ['Bearer good-token', 'Bearer good-token']]);
        self::assertSame(401, $two->getStatusCode(), 'two Authorization headers are not one Bearer token');
        $down = $run('/api', ['authorization' => ['Bearer down-token']]);
        self::assertSame(503, $down->getStatusCode());
        self::assertSame('', $down->getHeaderLine('WWW-Authenticate'));
        self::assertSame(['error' => 'unavailable', 'error_description' => 'the token could not be verified now; try again later'], json_decode((string) $down->getBody(), true));
        self::assertSame(3, $handler->calls, 'no refused request reached the handler');
    }

    public function testTheMiddlewareRefusesWhatIsNotPsrShaped(): void
    {
        require_once __DIR__ . '/Support/Psr7.php';
        $verifier = $this->verifier(new MockTransport());
        foreach ([
            static fn () => new \CloudBase\Auth\Http\TokenMiddleware($verifier, new \stdClass()),
            static fn () => new \CloudBase\Auth\Http\TokenMiddleware($verifier, new Support\Psr7\ResponseFactory(), publicPaths: ['health']),
            static fn () => new \CloudBase\Auth\Http\BearerGate($verifier, realm: "bad\nrealm"),
        ] as $make) {
            try {
                $make();
                self::fail('accepted');
            } catch (ConfigurationException) {
            }
        }
        $this->addToAssertionCount(1);
    }
}
