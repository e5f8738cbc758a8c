<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * IntrospectResponse: Empty when the token is not valid.
 */
final class IntrospectResponse extends BaseModel
{
    /**
     * @param string|null $tokenType `Bearer` for an access token.
     * @param string|null $clientId The client (environment) the token was issued to.
     * @param string|null $sub The user ID the token belongs to.
     * @param string|null $scope The scopes the token grants, space-separated.
     */
    public function __construct(
        public readonly ?string $tokenType = null,
        public readonly ?string $clientId = null,
        public readonly ?string $sub = null,
        public readonly ?string $scope = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'IntrospectResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            tokenType: $w->string('token_type', false),
            clientId: $w->string('client_id', false),
            sub: $w->string('sub', false),
            scope: $w->string('scope', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'tokenType' => ['token_type', 'plain'],
            'clientId' => ['client_id', 'plain'],
            'sub' => ['sub', 'plain'],
            'scope' => ['scope', 'plain'],
        ];
    }
}
