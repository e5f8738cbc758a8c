<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * TokenResponse: Tokens of a session.
 *
 * @property-read string $accessToken RS256 JWT, valid `expires_in` seconds (7200). (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $refreshToken Refresh token (30 days), rotated on every refresh. Absent for client credentials. (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $idToken OpenID Connect ID token, when requested. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class TokenResponse extends BaseModel
{
    /**
     * @param string $tokenType Always `Bearer`.
     * @param string $accessToken RS256 JWT, valid `expires_in` seconds (7200).
     * @param int $expiresIn Seconds until the access token expires.
     * @param string|null $refreshToken Refresh token (30 days), rotated on every refresh. Absent for client credentials.
     * @param string|null $scope Such as `user` or `anonymous`.
     * @param string|null $sub The user ID.
     * @param list<string>|null $groups The user's groups.
     * @param string|null $idToken OpenID Connect ID token, when requested.
     */
    public function __construct(
        public readonly string $tokenType,
        #[\SensitiveParameter] string $accessToken,
        public readonly int $expiresIn,
        #[\SensitiveParameter] ?string $refreshToken = null,
        public readonly ?string $scope = null,
        public readonly ?string $sub = null,
        public readonly ?array $groups = null,
        #[\SensitiveParameter] ?string $idToken = null,
    ) {
        $this->keepSecret('accessToken', $accessToken);
        $this->keepSecret('refreshToken', $refreshToken);
        $this->keepSecret('idToken', $idToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'TokenResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            tokenType: $w->string('token_type', true),
            accessToken: $w->string('access_token', true),
            expiresIn: $w->int('expires_in', true),
            refreshToken: $w->string('refresh_token', false),
            scope: $w->string('scope', false),
            sub: $w->string('sub', false),
            groups: $w->list('groups', false, static fn (mixed $v, string $at): ?string => Wire::asString($v, $at)),
            idToken: $w->string('id_token', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'tokenType' => ['token_type', 'plain'],
            'accessToken' => ['access_token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
            'refreshToken' => ['refresh_token', 'secret'],
            'scope' => ['scope', 'plain'],
            'sub' => ['sub', 'plain'],
            'groups' => ['groups', 'plain'],
            'idToken' => ['id_token', 'secret'],
        ];
    }
}
