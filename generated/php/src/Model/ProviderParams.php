<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderParams: Provider-specific parameters; WeChat mini-programs send which identity to use and
 * the phone code.
 *
 * @property-read string|null $code The `getPhoneNumber` code, for `provider_code_type` `phone`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class ProviderParams extends BaseModel
{
    /**
     * @param \CloudBase\Auth\Enum\ProviderCodeType|string|null $providerCodeType `open_id` (default), `union_id`, or `phone` (with the phone code in `code`).
     * @param string|null $appid The mini-program's AppID (the official SDK sends it; the same as `provider_id`).
     * @param string|null $code The `getPhoneNumber` code, for `provider_code_type` `phone`.
     */
    public function __construct(
        public readonly \CloudBase\Auth\Enum\ProviderCodeType|string|null $providerCodeType = null,
        public readonly ?string $appid = null,
        #[\SensitiveParameter] ?string $code = null,
    ) {
        $this->keepSecret('code', $code);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderParams'): static
    {
        $w = new Wire($data, $at);
        return new self(
            providerCodeType: $w->enum('provider_code_type', false, \CloudBase\Auth\Enum\ProviderCodeType::class),
            appid: $w->string('appid', false),
            code: $w->string('code', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'providerCodeType' => ['provider_code_type', 'plain'],
            'appid' => ['appid', 'plain'],
            'code' => ['code', 'secret'],
        ];
    }
}
