<?php

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Cache\CacheInterface;
use CloudBase\Auth\Cache\LockingCacheInterface;
use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Exception\ConnectionException;
use CloudBase\Auth\Exception\TokenExpiredException;
use CloudBase\Auth\Exception\TokenInactiveException;
use CloudBase\Auth\Exception\VerificationUnavailableException;
use CloudBase\Auth\Http\BearerGate;
use CloudBase\Auth\Http\Refusal;
use CloudBase\Auth\Internal\ApiSpec;
use CloudBase\Auth\Internal\BaseClient;

/**
 * Verifies the access tokens callers send to a backend or gateway: it asks the service
 * (GET /token/introspect with the token as the Bearer token) and caches the answer, so that the
 * service is asked once per token per maxTtl, not once per request.
 *
 * Cache rules (the Python and Go verifiers' own): an active answer is kept until
 * min(exp, now + maxTtl), an inactive one for negativeTtl, each in an LRU of cacheSize entries
 * keyed by the token's SHA-256 (the token itself is never kept), active and inactive apart, so a
 * flood of junk tokens cannot evict the valid ones. Failures are never cached and never let a
 * token in (VerificationUnavailableException: answer 503). A revoked token is refused at most
 * maxTtl after its revocation.
 *
 * PHP's process model: the in-process LRU lives as long as this object. Under PHP-FPM, Apache's
 * mod_php or `php -S`, every request starts afresh, so on its own it serves only the verify()
 * calls of one request (or of a long-running worker: RoadRunner, Swoole, a CLI daemon). To share
 * answers across requests and workers pass `cache:` a shared cache (a CacheInterface: FileCache,
 * or a PSR-16 cache behind a few lines of delegation); with a LockingCacheInterface (FileCache is
 * one) a miss is also single-flight across workers: N requests with one new token, in any number
 * of workers, make one introspection. A PHP process runs one request at a time (the client's
 * HTTP calls block), so within one process there is never a second introspection in flight.
 */
final class TokenVerifier implements \Stringable
{
    public const DEFAULT_CACHE_SIZE = 10000;
    /** Seconds an active answer is trusted: the longest a revoked token keeps working. */
    public const DEFAULT_MAX_TTL = 60.0;
    /** Seconds an inactive answer is kept (a token never becomes valid again; this bounds churn). */
    public const DEFAULT_NEGATIVE_TTL = 10.0;
    /** Longer "tokens" are refused without asking the service (access tokens are about 1 KiB). */
    public const MAX_TOKEN_LENGTH = 8192;
    /** How long a worker that waited for another's introspection trusts its failure (seconds). */
    private const FAILURE_MARK_TTL = 5;
    // RFC 6750's b64token (token68): what a Bearer token is made of, before its "=" padding.
    private const TOKEN68 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/';
    private const SHARED_VERSION = 1;

    private readonly BaseClient $auth;
    private readonly int $cacheSize;
    private readonly float $maxTtl;
    private readonly float $negativeTtl;
    private readonly ?CacheInterface $shared;
    private readonly ?float $timeout;
    /** @var \Closure(): float epoch seconds */
    private readonly \Closure $clock;
    /** @var array<string, array{0: VerifiedToken, 1: float, 2: bool}> key => [token, until, until is its expiry] */
    private array $active = [];
    /** @var array<string, array{0: float, 1: bool}> key => [until, expired] */
    private array $inactive = [];
    private int $introspections = 0;

    /**
     * @param BaseClient $auth the client that asks the service (a CloudBaseAuth); its own session,
     *        if any, is neither used nor changed
     * @param int $cacheSize entries of each in-process LRU (active answers, inactive answers)
     * @param float $maxTtl seconds an active answer is trusted (0: ask on every call)
     * @param float $negativeTtl seconds an inactive answer is kept
     * @param CacheInterface|null $cache a cache shared across requests and workers (see the class)
     * @param float|null $timeout seconds for each introspection, retries included (default: the client's)
     * @param callable|null $clock epoch seconds, replaceable for tests (default: microtime(true))
     */
    public function __construct(
        BaseClient $auth,
        int $cacheSize = self::DEFAULT_CACHE_SIZE,
        float $maxTtl = self::DEFAULT_MAX_TTL,
        float $negativeTtl = self::DEFAULT_NEGATIVE_TTL,
        ?CacheInterface $cache = null,
        ?float $timeout = null,
        ?callable $clock = null,
    ) {
        if ($cacheSize < 1) {
            throw new ConfigurationException('cacheSize must be a positive integer');
        }
        if (!($maxTtl >= 0) || !($negativeTtl >= 0) || is_infinite($maxTtl) || is_infinite($negativeTtl)) {
            throw new ConfigurationException('maxTtl and negativeTtl must be finite numbers of seconds >= 0');
        }
        if ($timeout !== null && !($timeout > 0)) {
            throw new ConfigurationException('timeout must be a number of seconds > 0');
        }
        if (self::specOf($auth)->introspectOperation === null) {
            throw new ConfigurationException('this spec has no token introspection operation to verify tokens with');
        }
        $this->auth = $auth;
        $this->cacheSize = $cacheSize;
        $this->maxTtl = $maxTtl;
        $this->negativeTtl = $negativeTtl;
        $this->shared = $cache;
        $this->timeout = $timeout;
        $this->clock = \Closure::fromCallable($clock ?? static fn (): float => microtime(true));
    }

    /** The longest a revoked token can still be accepted, in seconds. */
    public function maxTtl(): float
    {
        return $this->maxTtl;
    }

    /** How many introspections this object has sent (for metrics and tests). */
    public function introspections(): int
    {
        return $this->introspections;
    }

    /** Forget every answer of the in-process cache (a shared cache is the caller's to clear). */
    public function clear(): void
    {
        $this->active = [];
        $this->inactive = [];
    }

    public function __toString(): string
    {
        return sprintf(
            'TokenVerifier(cacheSize=%d, maxTtl=%s, negativeTtl=%s, cached=%d, shared=%s)',
            $this->cacheSize,
            $this->maxTtl,
            $this->negativeTtl,
            count($this->active) + count($this->inactive),
            $this->shared === null ? 'none' : get_debug_type($this->shared),
        );
    }

    /** @return array<string, mixed> no key, no token, no answer */
    public function __debugInfo(): array
    {
        return ['cacheSize' => $this->cacheSize, 'maxTtl' => $this->maxTtl, 'negativeTtl' => $this->negativeTtl, 'cached' => count($this->active) + count($this->inactive)];
    }

    /** @return list<string> */
    public function __sleep(): array
    {
        throw new \LogicException('a verifier cannot be serialized (it holds a client)');
    }

    // -- verifying ---------------------------------------------------------------------------

    /**
     * The token's details if the service says it is active.
     *
     * @throws TokenInactiveException the token is not valid (TokenExpiredException: it expired): answer 401
     * @throws VerificationUnavailableException the service could not be asked: answer 503
     */
    public function verify(#[\SensitiveParameter] string $token): VerifiedToken
    {
        $key = self::key($token);
        $cached = $this->fromMemory($key);
        if ($cached !== null) {
            return $cached; // no syntax check on a hit: only well-formed tokens are ever asked about
        }
        self::checkSyntax($token);
        if ($this->shared === null) {
            return $this->introspect($token, $key, null);
        }
        $sharedKey = $this->sharedKey($token);
        $stored = $this->fromShared($sharedKey, $token, $key, null);
        if ($stored !== null) {
            return $stored;
        }
        if (!$this->shared instanceof LockingCacheInterface) {
            return $this->introspect($token, $key, $sharedKey);
        }
        // Single-flight across workers: whoever holds the key's lock asks; the others, once they
        // have it, find the answer it stored (or the failure it met while they waited).
        $waitingSince = $this->now();
        return $this->shared->locked($sharedKey, function () use ($token, $key, $sharedKey, $waitingSince): VerifiedToken {
            return $this->fromShared($sharedKey, $token, $key, $waitingSince) ?? $this->introspect($token, $key, $sharedKey);
        });
    }

    /**
     * For any PHP code: the verified token of the request's `Authorization: Bearer` header, or
     * the Refusal to answer (401 or 503; its send() answers it). Nothing is sent or echoed.
     *
     * @param array<string, mixed> $server $_SERVER (HTTP_AUTHORIZATION, or REDIRECT_HTTP_AUTHORIZATION
     *        behind Apache's rewrite rules)
     * @param string|null $realm the realm="..." of the WWW-Authenticate challenge
     */
    public function authenticate(array $server, ?string $realm = null): VerifiedToken|Refusal
    {
        return (new BearerGate($this, realm: $realm))->check(BearerGate::authorizationOf($server));
    }

    /**
     * For vanilla PHP: the verified token of the request, or the refusal answered and the script
     * ended (401 with `WWW-Authenticate: Bearer error="invalid_token"`, or 503):
     *
     *     $verified = $verifier->requireBearer($_SERVER);
     *
     * @param array<string, mixed> $server $_SERVER
     */
    public function requireBearer(array $server, ?string $realm = null): VerifiedToken
    {
        $outcome = $this->authenticate($server, $realm);
        if ($outcome instanceof Refusal) {
            $outcome->send();
        }
        return $outcome;
    }

    // -- asking the service --------------------------------------------------------------------

    private function introspect(#[\SensitiveParameter] string $token, string $key, ?string $sharedKey): VerifiedToken
    {
        $this->introspections++;
        try {
            $answer = $this->ask($token);
        } catch (ApiException $e) {
            if ($e->statusCode === 401 || $e->error === 'unauthenticated') {
                // The token is the request's only credential: the service refused the token itself.
                return $this->settle([], $token, $key, $sharedKey);
            }
            // The description is not repeated: it could echo the token.
            throw $this->unavailable("the service answered {$e->error} (HTTP {$e->statusCode})", $sharedKey, $e);
        } catch (ConnectionException $e) {
            throw $this->unavailable('no answer (' . self::shortName($e) . ')', $sharedKey, $e);
        } catch (\Throwable $e) { // fail closed, whatever went wrong
            throw $this->unavailable('an unexpected ' . self::shortName($e), $sharedKey, $e);
        }
        return $this->settle($answer, $token, $key, $sharedKey);
    }

    /**
     * The introspection, through the client's own pipeline (deadline, retries, size cap, typed
     * errors, redaction) with the caller's token as the Bearer token instead of the client's
     * session. BaseClient::call() is protected: the closure runs in the client's scope, so the
     * client grows no public method that would bypass its session rules.
     *
     * @return array<mixed>
     */
    private function ask(#[\SensitiveParameter] string $token): array
    {
        $timeout = $this->timeout;
        $ask = function (#[\SensitiveParameter] string $token) use ($timeout): array {
            /** @var BaseClient $this */
            return $this->call((string) $this->api()->introspectOperation, timeout: $timeout, extraHeaders: ['authorization' => 'Bearer ' . $token]);
        };
        return \Closure::bind($ask, $this->auth, $this->auth::class)($token);
    }

    /**
     * Turn an introspection answer into the verified token (or the error), and cache it.
     *
     * @param array<mixed> $answer
     */
    private function settle(#[\SensitiveParameter] array $answer, #[\SensitiveParameter] string $token, string $key, ?string $sharedKey): VerifiedToken
    {
        $now = $this->now();
        $exp = self::expiry($answer, $token);
        if ($answer === [] || ($answer['active'] ?? null) === false) {
            $expired = $exp !== null && $exp <= $now;
            if ($this->negativeTtl > 0) {
                $until = $now + $this->negativeTtl;
                $this->remember($this->inactive, $key, [$until, $expired]);
                $this->share($sharedKey, ['state' => 'inactive', 'until' => $until, 'expired' => $expired], $this->negativeTtl);
            }
            throw self::inactive($expired);
        }
        $verified = self::verified($answer, $exp);
        if ($verified === null) {
            throw $this->unavailable('the introspection answer has no subject (sub)', $sharedKey, null);
        }
        $life = $this->maxTtl;
        $expires = false;
        if ($exp !== null && $exp - $now <= $life) {
            [$life, $expires] = [$exp - $now, true];
        }
        // life <= 0: active at the service but expired by this clock (skew): believed, not cached.
        if ($life > 0) {
            $this->remember($this->active, $key, [$verified, $now + $life, $expires]);
            $this->share($sharedKey, ['state' => 'active', 'until' => $now + $life, 'expires' => $expires, 'claims' => $answer], $life);
        }
        return $verified;
    }

    private function unavailable(string $reason, ?string $sharedKey, ?\Throwable $cause): VerificationUnavailableException
    {
        // Only the workers already waiting for this very introspection read the mark (see
        // fromShared): a later request asks the service again. Failures are not cached.
        $this->share($sharedKey, ['state' => 'failed', 'at' => $this->now()], self::FAILURE_MARK_TTL);
        return new VerificationUnavailableException('could not verify the token with the service: ' . $reason, 0, $cause);
    }

    // -- the in-process cache --------------------------------------------------------------------

    /** A cached answer: the token, or its error thrown; null on a miss. */
    private function fromMemory(string $key): ?VerifiedToken
    {
        $now = $this->now();
        if (isset($this->active[$key])) {
            [$verified, $until, $expires] = $this->active[$key];
            unset($this->active[$key]);
            if ($now < $until) {
                $this->active[$key] = [$verified, $until, $expires]; // most recently used: last
                return $verified;
            }
            if ($expires) {
                throw self::inactive(true);
            }
            return null;
        }
        if (isset($this->inactive[$key])) {
            [$until, $expired] = $this->inactive[$key];
            unset($this->inactive[$key]);
            if ($now < $until) {
                $this->inactive[$key] = [$until, $expired];
                throw self::inactive($expired);
            }
        }
        return null;
    }

    /**
     * @template E of array
     * @param array<string, E> $cache
     * @param E $entry
     */
    private function remember(array &$cache, string $key, array $entry): void
    {
        unset($cache[$key]);
        $cache[$key] = $entry;
        while (count($cache) > $this->cacheSize) {
            unset($cache[array_key_first($cache)]); // the least recently used
        }
    }

    // -- the shared cache ----------------------------------------------------------------------

    /**
     * A shared answer (copied into the in-process cache), its error thrown, or null on a miss.
     * $waitingSince (set once this worker holds the key's lock): a failure another worker met
     * since then is this worker's too, as one introspection's outcome is every waiter's.
     */
    private function fromShared(string $sharedKey, #[\SensitiveParameter] string $token, string $key, ?float $waitingSince): ?VerifiedToken
    {
        try {
            $entry = $this->shared?->get($sharedKey);
        } catch (\Throwable) {
            return null; // a cache that cannot be read is a miss: ask the service
        }
        if (!is_array($entry) || ($entry['v'] ?? null) !== self::SHARED_VERSION) {
            return null;
        }
        $now = $this->now();
        $state = $entry['state'] ?? null;
        if ($state === 'failed') {
            $at = $entry['at'] ?? null;
            if ($waitingSince !== null && (is_float($at) || is_int($at)) && $at >= $waitingSince) {
                throw new VerificationUnavailableException('could not verify the token with the service: it did not answer the worker this one waited for');
            }
            return null;
        }
        $until = $entry['until'] ?? null;
        if (!is_float($until) && !is_int($until)) {
            return null;
        }
        $until = (float) $until;
        if ($state === 'inactive') {
            $expired = ($entry['expired'] ?? false) === true;
            if ($now >= $until) {
                return null;
            }
            $this->remember($this->inactive, $key, [$until, $expired]);
            throw self::inactive($expired);
        }
        $claims = $entry['claims'] ?? null;
        if ($state !== 'active' || !is_array($claims)) {
            return null;
        }
        $expires = ($entry['expires'] ?? false) === true;
        if ($now >= $until) {
            if ($expires) {
                throw self::inactive(true);
            }
            return null;
        }
        $verified = self::verified($claims, self::expiry($claims, $token));
        if ($verified === null) {
            return null;
        }
        $this->remember($this->active, $key, [$verified, min($until, $now + $this->maxTtl), $expires]);
        return $verified;
    }

    /** @param array<string, mixed> $entry */
    private function share(?string $sharedKey, array $entry, float $ttl): void
    {
        if ($sharedKey === null || $this->shared === null) {
            return;
        }
        try {
            $this->shared->set($sharedKey, ['v' => self::SHARED_VERSION] + $entry, max(1, (int) ceil($ttl)));
        } catch (\Throwable) {
            // A cache that cannot be written only costs introspections: the answer stands.
        }
    }

    /**
     * The shared cache's key: a hash of the base URL (one environment's answers never serve
     * another's) and the token; "cbv1." and 59 hex digits, 64 characters (PSR-16's safe length).
     */
    private function sharedKey(#[\SensitiveParameter] string $token): string
    {
        return 'cbv1.' . substr(hash('sha256', $this->auth->baseUrl() . "\n" . $token), 0, 59);
    }

    // -- helpers -------------------------------------------------------------------------------

    /** The client's spec data (BaseClient::api() is protected: read in the client's class scope). */
    private static function specOf(BaseClient $auth): ApiSpec
    {
        return \Closure::bind(static fn (): ApiSpec => static::api(), null, $auth::class)();
    }

    private function now(): float
    {
        return (float) ($this->clock)();
    }

    /** The in-process cache key (a SHA-256, raw); TokenInactiveException for no token or a huge one. */
    private static function key(#[\SensitiveParameter] string $token): string
    {
        if ($token === '') {
            throw new TokenInactiveException('no token');
        }
        if (strlen($token) > self::MAX_TOKEN_LENGTH || preg_match('/[^\x20-\x7e]/', $token) === 1) {
            throw new TokenInactiveException('the token is malformed');
        }
        return hash('sha256', $token, true);
    }

    /** A token that is not token68 is never sent to the service (checked on a miss only). */
    private static function checkSyntax(#[\SensitiveParameter] string $token): void
    {
        $body = rtrim($token, '=');
        if ($body === '' || strspn($body, self::TOKEN68) !== strlen($body)) {
            throw new TokenInactiveException('the token is malformed');
        }
    }

    private static function inactive(bool $expired): TokenInactiveException
    {
        return $expired ? new TokenExpiredException('the token has expired') : new TokenInactiveException('the token is not active');
    }

    /**
     * The verified token of an active answer; null when it names no subject.
     *
     * @param array<mixed> $answer
     */
    private static function verified(array $answer, ?float $exp): ?VerifiedToken
    {
        $sub = $answer['sub'] ?? null;
        if (!is_string($sub) || $sub === '') {
            return null;
        }
        $text = static fn (mixed $v): ?string => is_string($v) ? $v : null;
        $expiresAt = null;
        if ($exp !== null) {
            $expiresAt = \DateTimeImmutable::createFromFormat('U.u', sprintf('%.6F', $exp), new \DateTimeZone('UTC')) ?: null;
        }
        $claims = [];
        foreach ($answer as $name => $value) {
            $claims[(string) $name] = $value;
        }
        return new VerifiedToken($sub, $text($answer['scope'] ?? null) ?? '', $text($answer['client_id'] ?? null), $text($answer['token_type'] ?? null), $expiresAt, self::groups($answer['groups'] ?? null), $claims);
    }

    /** @return list<string> group IDs from a list of strings or of {id: ...} objects */
    private static function groups(mixed $value): array
    {
        if (!is_array($value) || !array_is_list($value)) {
            return [];
        }
        $out = [];
        foreach ($value as $item) {
            if (is_string($item)) {
                $out[] = $item;
            } elseif (is_array($item) && is_string($item['id'] ?? null)) {
                $out[] = $item['id'];
            }
        }
        return $out;
    }

    /**
     * The token's expiry (epoch seconds): the answer's `exp` (RFC 7662), else the token's own
     * `exp` claim. Reading the claim unverified is sound here: it only ever shortens how long an
     * answer is trusted, and the service has just vouched for (or refused) this very token.
     *
     * @param array<mixed> $answer
     */
    private static function expiry(array $answer, #[\SensitiveParameter] string $token): ?float
    {
        $exp = self::number($answer['exp'] ?? null);
        if ($exp !== null) {
            return $exp;
        }
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            return null; // an opaque token: only maxTtl bounds the cache
        }
        $payload = base64_decode(strtr($parts[1], '-_', '+/'), true);
        if ($payload === false) {
            return null;
        }
        try {
            $claims = json_decode($payload, true, 16, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            return null;
        }
        return is_array($claims) ? self::number($claims['exp'] ?? null) : null;
    }

    private static function number(mixed $value): ?float
    {
        if ((!is_int($value) && !is_float($value)) || !is_finite((float) $value) || abs((float) $value) >= 1e11) {
            return null;
        }
        return (float) $value;
    }

    private static function shortName(\Throwable $e): string
    {
        $class = $e::class;
        $at = strrpos($class, '\\');
        return $at === false ? $class : substr($class, $at + 1);
    }
}
