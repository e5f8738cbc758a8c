<?php

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Internal\Redact;
use CloudBase\Auth\Internal\Secret;

/**
 * The signed-in session: the tokens of the last token response (sign-in, sign-up, refresh ...)
 * and when the access token expires (`expiresAt`, UTC; null: unknown, treated as never
 * expiring).
 *
 * The tokens are methods, not properties: var_dump, print_r, var_export, json_encode and string
 * conversion of a session show [REDACTED] (or nothing) for them. Never log what
 * accessToken() returns.
 */
final class Session implements \JsonSerializable, \Stringable
{
    private readonly Secret $access;
    private readonly ?Secret $refresh;

    /** @param list<string> $groups */
    public function __construct(
        #[\SensitiveParameter] string $accessToken,
        #[\SensitiveParameter] ?string $refreshToken = null,
        public readonly string $tokenType = 'Bearer',
        public readonly ?\DateTimeImmutable $expiresAt = null,
        public readonly ?string $scope = null,
        public readonly ?string $sub = null,
        public readonly array $groups = [],
    ) {
        if ($accessToken === '') {
            throw new Exception\ConfigurationException('a session needs an access token');
        }
        $this->access = new Secret($accessToken);
        $this->refresh = $refreshToken === null || $refreshToken === '' ? null : new Secret($refreshToken);
    }

    /**
     * A session from a token response: `expires_in` seconds from `$now` (epoch seconds).
     *
     * @param array<mixed> $body
     */
    public static function fromTokenResponse(#[\SensitiveParameter] array $body, float $now): self
    {
        $access = $body['access_token'] ?? null;
        if (!is_string($access) || $access === '') {
            throw new Exception\InvalidResponseException(200, 'invalid_response', null, 'the token response has no access_token');
        }
        $expiresIn = $body['expires_in'] ?? null;
        $expiresAt = null;
        if ((is_int($expiresIn) || is_float($expiresIn)) && $expiresIn > 0 && is_finite((float) $expiresIn)) {
            $expiresAt = self::instant($now + (float) $expiresIn);
        }
        $refresh = $body['refresh_token'] ?? null;
        $type = $body['token_type'] ?? null;
        return new self(
            $access,
            is_string($refresh) && $refresh !== '' ? $refresh : null,
            is_string($type) && $type !== '' ? $type : 'Bearer',
            $expiresAt,
            is_string($body['scope'] ?? null) ? $body['scope'] : null,
            is_string($body['sub'] ?? null) ? $body['sub'] : null,
            self::groups($body['groups'] ?? null),
        );
    }

    /**
     * The inverse of toStorage(): what a token file holds (the Python and Go clients' format).
     *
     * @param array<mixed> $data
     */
    public static function fromStorage(#[\SensitiveParameter] array $data): self
    {
        $access = $data['access_token'] ?? null;
        if (!is_string($access) || $access === '') {
            throw new \UnexpectedValueException('the stored session has no access_token');
        }
        $expiresAt = $data['expires_at'] ?? null;
        $refresh = $data['refresh_token'] ?? null;
        $type = $data['token_type'] ?? null;
        return new self(
            $access,
            is_string($refresh) && $refresh !== '' ? $refresh : null,
            is_string($type) && $type !== '' ? $type : 'Bearer',
            is_int($expiresAt) || is_float($expiresAt) ? self::instant((float) $expiresAt) : null,
            is_string($data['scope'] ?? null) ? $data['scope'] : null,
            is_string($data['sub'] ?? null) ? $data['sub'] : null,
            self::groups($data['groups'] ?? null),
        );
    }

    /** The JSON a token file holds (tokens included: this is what storage persists). */
    public function toStorage(): string
    {
        $data = [
            'access_token' => $this->accessToken(),
            'expires_at' => $this->expiresAtEpoch(),
            'groups' => $this->groups,
            'refresh_token' => $this->refreshToken(),
            'scope' => $this->scope,
            'sub' => $this->sub,
            'token_type' => $this->tokenType,
        ];
        return json_encode($data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
    }

    /** The access token (secret: never log it). */
    public function accessToken(): string
    {
        return $this->access->reveal();
    }

    /** The refresh token, or null when the session has none (secret: never log it). */
    public function refreshToken(): ?string
    {
        return $this->refresh?->reveal();
    }

    public function hasRefreshToken(): bool
    {
        return $this->refresh !== null;
    }

    /** The Authorization header value (secret: never log it). */
    public function authorization(): string
    {
        return $this->tokenType . ' ' . $this->accessToken();
    }

    public function expiresAtEpoch(): ?float
    {
        return $this->expiresAt === null ? null : (float) $this->expiresAt->format('U.u');
    }

    /** True when the access token expires in less than $seconds from $now (or already has). */
    public function expiresWithin(float $seconds, float $now): bool
    {
        $at = $this->expiresAtEpoch();
        return $at !== null && $at - $seconds <= $now;
    }

    public function sameTokens(Session $other): bool
    {
        return $this->accessToken() === $other->accessToken() && $this->refreshToken() === $other->refreshToken();
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return $this->shown();
    }

    /** @return array<string, mixed> */
    public function jsonSerialize(): array
    {
        return $this->shown();
    }

    public function __toString(): string
    {
        $parts = [];
        foreach ($this->shown() as $key => $value) {
            $parts[] = $key . '=' . (is_array($value) ? '[' . implode(', ', $value) . ']' : var_export($value, true));
        }
        return 'Session(' . implode(', ', $parts) . ')';
    }

    /** @return array<string, mixed> */
    public function __serialize(): array
    {
        throw new \LogicException('a Session cannot be serialized: store toStorage() instead');
    }

    /** @return array<string, mixed> */
    private function shown(): array
    {
        return [
            'tokenType' => $this->tokenType,
            'sub' => $this->sub,
            'scope' => $this->scope,
            'groups' => $this->groups,
            'expiresAt' => $this->expiresAt?->format(DATE_RFC3339),
            'accessToken' => Redact::REDACTED,
            'refreshToken' => $this->refresh === null ? null : Redact::REDACTED,
        ];
    }

    private static function instant(float $epoch): \DateTimeImmutable
    {
        $at = \DateTimeImmutable::createFromFormat('U.u', sprintf('%.6F', $epoch), new \DateTimeZone('UTC'));
        return $at === false ? new \DateTimeImmutable('@' . (int) $epoch) : $at;
    }

    /** @return list<string> */
    private static function groups(mixed $groups): array
    {
        if (!is_array($groups)) {
            return [];
        }
        return array_values(array_map(static fn (mixed $g): string => is_scalar($g) ? (string) $g : '', $groups));
    }
}
