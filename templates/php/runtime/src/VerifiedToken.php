<?php

declare(strict_types=1);

namespace CloudBase\Auth;

/**
 * What the service said about an active access token (never the token itself), from
 * TokenVerifier::verify().
 *
 * `sub` is the user ID (for an administrator token, the SecretId it was issued to), `scope` the
 * space-separated scopes, `clientId` the client it was issued to, `expiresAt` its expiry (the
 * answer's `exp`, else the token's own `exp` claim; null when neither says), `groups` the group
 * IDs when the answer lists them, and `claims` the whole introspection answer.
 */
final class VerifiedToken implements \JsonSerializable
{
    /**
     * @param list<string> $groups
     * @param array<string, mixed> $claims
     */
    public function __construct(
        public readonly string $sub,
        public readonly string $scope,
        public readonly ?string $clientId,
        public readonly ?string $tokenType,
        public readonly ?\DateTimeImmutable $expiresAt,
        public readonly array $groups = [],
        public readonly array $claims = [],
    ) {
    }

    /** @return list<string> the scopes: "user", "anonymous", "admin" ... */
    public function scopes(): array
    {
        return preg_split('/\s+/', $this->scope, -1, PREG_SPLIT_NO_EMPTY) ?: [];
    }

    /** Whether the token grants $scope (a whole scope, not a part of one). */
    public function hasScope(string $scope): bool
    {
        return in_array($scope, $this->scopes(), true);
    }

    /** @return array<string, mixed> */
    public function jsonSerialize(): array
    {
        return [
            'sub' => $this->sub,
            'scope' => $this->scope,
            'client_id' => $this->clientId,
            'token_type' => $this->tokenType,
            'expires_at' => $this->expiresAt?->setTimezone(new \DateTimeZone('UTC'))->format('Y-m-d\TH:i:s\Z'),
            'groups' => $this->groups,
        ];
    }
}
