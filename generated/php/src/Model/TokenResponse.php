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
 * @property-read string|null $refreshToken Refresh token, rotated on every refresh; absent for client credentials. Its lifetime is stated twice in the docs, differently: "The default expiration time is 31 days" (the token schema of the sign-up, anonymous, provider and grant-token pages; configurable), and 2592000 seconds (30 days) on the custom-login page. The answer carries no expiry of its own: a client learns of the end from `invalid_grant`. The emulator keeps a refresh token 2592000 seconds (30 days), the shorter of the two. (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $idToken OpenID Connect ID token, when requested. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class TokenResponse extends BaseModel
{
    /**
     * @param string $tokenType Always `Bearer`.
     * @param string $accessToken RS256 JWT, valid `expires_in` seconds (7200).
     * @param int $expiresIn Seconds until the access token expires.
     * @param string|null $refreshToken Refresh token, rotated on every refresh; absent for client credentials. Its lifetime is stated twice in the docs, differently: "The default expiration time is 31 days" (the token schema of the sign-up, anonymous, provider and grant-token pages; configurable), and 2592000 seconds (30 days) on the custom-login page. The answer carries no expiry of its own: a client learns of the end from `invalid_grant`. The emulator keeps a refresh token 2592000 seconds (30 days), the shorter of the two.
     * @param string|null $scope Such as `user` or `anonymous`.
     * @param string|null $sub The user ID.
     * @param list<string>|null $groups The user's groups.
     * @param string|null $idToken OpenID Connect ID token, when requested.
     * @param bool|null $needWedaResource Whether the signed-in user needs WeDa (low-code platform) resources set up. Listed in the token answer of the grant-token reference (https://docs.cloudbase.net/openapi/auth/auth-grant-token: `need_weda_resource boolean`); its meaning is not documented (inferred from its name), nor when it is sent. The emulator leaves it out, and sends `true` when told to (`POST /emulator/v1/weda {"need_weda_resource": true}`).
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
        public readonly ?bool $needWedaResource = null,
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
            needWedaResource: $w->bool('need_weda_resource', false),
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
            'needWedaResource' => ['need_weda_resource', 'plain'],
        ];
    }
}
