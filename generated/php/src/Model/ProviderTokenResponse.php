<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderTokenResponse: The ProviderTokenResponse object.
 *
 * @property-read string $providerToken For `signin/with/provider` or `user/provider/bind`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class ProviderTokenResponse extends BaseModel
{
    /**
     * @param string $providerToken For `signin/with/provider` or `user/provider/bind`.
     * @param int $expiresIn Seconds the provider token stays valid.
     * @param \CloudBase\Auth\Model\ProviderProfile|null $providerProfile What the provider says about the user.
     * @param string|null $code A failure code; set (without a usable token) only when the service reports an error in a 200 answer, as it does through the WeChat tunnel.
     * @param string|null $errorCode Likewise a failure code in a 200 answer; the official SDK treats any truthy value as an error.
     */
    public function __construct(
        #[\SensitiveParameter] string $providerToken,
        public readonly int $expiresIn,
        public readonly ?\CloudBase\Auth\Model\ProviderProfile $providerProfile = null,
        public readonly ?string $code = null,
        public readonly ?string $errorCode = null,
    ) {
        $this->keepSecret('providerToken', $providerToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderTokenResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            providerToken: $w->string('provider_token', true),
            expiresIn: $w->int('expires_in', true),
            providerProfile: $w->model('provider_profile', false, \CloudBase\Auth\Model\ProviderProfile::class),
            code: $w->string('code', false),
            errorCode: $w->string('error_code', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'providerToken' => ['provider_token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
            'providerProfile' => ['provider_profile', 'object'],
            'code' => ['code', 'plain'],
            'errorCode' => ['error_code', 'plain'],
        ];
    }
}
