<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * AuthorizeResponse: The authorization code (the SDK model also lists token fields, for an implicit
 * flow not covered here).
 *
 * @property-read string|null $code One-time code for `POST /token` (`grant_type=authorization_code`). (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $accessToken Implicit flow only (SDK model; not covered). (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $idToken Implicit flow only (SDK model; not covered). (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class AuthorizeResponse extends BaseModel
{
    /**
     * @param string|null $code One-time code for `POST /token` (`grant_type=authorization_code`).
     * @param string|null $state The request's `state`.
     * @param string|null $scope The scopes granted.
     * @param int|null $expiresIn Seconds the code stays valid.
     * @param string|null $accessToken Implicit flow only (SDK model; not covered).
     * @param string|null $idToken Implicit flow only (SDK model; not covered).
     * @param string|null $tokenType Implicit flow only (SDK model; not covered).
     */
    public function __construct(
        #[\SensitiveParameter] ?string $code = null,
        public readonly ?string $state = null,
        public readonly ?string $scope = null,
        public readonly ?int $expiresIn = null,
        #[\SensitiveParameter] ?string $accessToken = null,
        #[\SensitiveParameter] ?string $idToken = null,
        public readonly ?string $tokenType = null,
    ) {
        $this->keepSecret('code', $code);
        $this->keepSecret('accessToken', $accessToken);
        $this->keepSecret('idToken', $idToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'AuthorizeResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            code: $w->string('code', false),
            state: $w->string('state', false),
            scope: $w->string('scope', false),
            expiresIn: $w->int('expires_in', false),
            accessToken: $w->string('access_token', false),
            idToken: $w->string('id_token', false),
            tokenType: $w->string('token_type', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'code' => ['code', 'secret'],
            'state' => ['state', 'plain'],
            'scope' => ['scope', 'plain'],
            'expiresIn' => ['expires_in', 'plain'],
            'accessToken' => ['access_token', 'secret'],
            'idToken' => ['id_token', 'secret'],
            'tokenType' => ['token_type', 'plain'],
        ];
    }
}
