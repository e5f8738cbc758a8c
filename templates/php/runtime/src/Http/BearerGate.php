<?php

declare(strict_types=1);

namespace CloudBase\Auth\Http;

use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Exception\TokenInactiveException;
use CloudBase\Auth\Exception\VerificationUnavailableException;
use CloudBase\Auth\TokenVerifier;
use CloudBase\Auth\VerifiedToken;

/**
 * What TokenMiddleware and TokenVerifier::authenticate() share: public paths, reading the
 * Authorization header, and the refusals, the same as the Python and Go middleware's:
 *
 * - no Authorization header: 401 with `WWW-Authenticate: Bearer`;
 * - a header that is not one well-formed `Bearer <token>`, or a token the service does not call
 *   active: 401 with `WWW-Authenticate: Bearer error="invalid_token"`;
 * - the service cannot be asked: 503, never let in.
 */
final class BearerGate
{
    /** @var array<string, true> */
    private readonly array $publicPaths;
    /** @var list<string> */
    private readonly array $publicPrefixes;
    private readonly string $challenge;
    private readonly string $separator; // between the challenge's scheme and its first parameter, or two parameters

    /**
     * @param iterable<string> $publicPaths paths let through unauthenticated, exactly
     * @param iterable<string> $publicPrefixes paths starting with one of these let through ("/static/")
     * @param string|null $realm realm="..." in the challenges (printable ASCII)
     */
    public function __construct(
        private readonly TokenVerifier $verifier,
        iterable $publicPaths = [],
        iterable $publicPrefixes = [],
        ?string $realm = null,
    ) {
        $paths = [];
        foreach ($publicPaths as $path) {
            $paths[self::path($path)] = true;
        }
        $prefixes = [];
        foreach ($publicPrefixes as $prefix) {
            $prefixes[] = self::path($prefix);
        }
        if ($realm !== null && preg_match('/^[\x20-\x7e]*$/', $realm) !== 1) {
            throw new ConfigurationException('realm: printable ASCII only');
        }
        $this->publicPaths = $paths;
        $this->publicPrefixes = $prefixes;
        $this->challenge = $realm === null ? 'Bearer' : 'Bearer realm="' . self::quote($realm) . '"';
        $this->separator = $realm === null ? ' ' : ', ';
    }

    /**
     * The Authorization values of a request from $_SERVER (HTTP_AUTHORIZATION, or
     * REDIRECT_HTTP_AUTHORIZATION where Apache's rewrite rules moved it).
     *
     * @param array<string, mixed> $server
     * @return list<string>
     */
    public static function authorizationOf(array $server): array
    {
        foreach (['HTTP_AUTHORIZATION', 'REDIRECT_HTTP_AUTHORIZATION'] as $name) {
            $value = $server[$name] ?? null;
            if (is_string($value)) {
                return [$value];
            }
        }
        return [];
    }

    public function isPublic(string $path): bool
    {
        if (isset($this->publicPaths[$path])) {
            return true;
        }
        foreach ($this->publicPrefixes as $prefix) {
            if (str_starts_with($path, $prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verified token of a request's Authorization values, or the refusal to answer.
     *
     * @param list<string> $authorization
     */
    public function check(#[\SensitiveParameter] array $authorization): VerifiedToken|Refusal
    {
        if ($authorization === []) {
            return $this->refusal(401, 'unauthenticated', 'an Authorization: Bearer token is required', false);
        }
        $token = count($authorization) === 1 ? self::bearerToken($authorization[0]) : null;
        if ($token === null) {
            return $this->refusal(401, 'invalid_token', 'the Authorization header is not one Bearer token', true);
        }
        try {
            return $this->verifier->verify($token);
        } catch (TokenInactiveException $e) {
            return $this->refusal(401, 'invalid_token', $e->getMessage(), true);
        } catch (VerificationUnavailableException) {
            return $this->refusal(503, 'unavailable', 'the token could not be verified now; try again later', false);
        }
    }

    /**
     * The token of "Bearer <token>": the scheme in any case, one or more spaces before the
     * token, trailing spaces allowed (RFC 6750 2.1). The token's own syntax is the verifier's.
     */
    private static function bearerToken(#[\SensitiveParameter] string $value): ?string
    {
        if (strlen($value) < 8 || $value[6] !== ' ' || strtolower(substr($value, 0, 6)) !== 'bearer') {
            return null;
        }
        $token = trim(substr($value, 7), ' ');
        return $token === '' || str_contains($token, ' ') ? null : $token;
    }

    private function refusal(int $status, string $error, string $description, bool $invalidToken): Refusal
    {
        $headers = ['Content-Type' => 'application/json'];
        if ($status === 401) {
            $challenge = $this->challenge;
            if ($invalidToken) {
                $challenge .= $this->separator . 'error="invalid_token", error_description="' . self::quote($description) . '"';
            }
            $headers['WWW-Authenticate'] = $challenge;
            $headers['Cache-Control'] = 'no-store';
        }
        return new Refusal($status, $error, $description, $headers);
    }

    private static function path(string $path): string
    {
        if (!str_starts_with($path, '/')) {
            throw new ConfigurationException("public paths and prefixes start with '/' (got \"{$path}\")");
        }
        return $path;
    }

    /** The inside of an HTTP quoted-string. */
    private static function quote(string $text): string
    {
        return str_replace(['\\', '"'], ['\\\\', '\\"'], $text);
    }
}
