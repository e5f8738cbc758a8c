<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * PatchProviderParams: What to attach to the provider token.
 *
 * @property-read string|null $code The `getPhoneNumber` code. (secret: hidden from var_dump, print_r, var_export and json_encode)
 * @property-read string|null $encryptedData The older `getPhoneNumber` flow's encrypted data (not supported by the emulator). (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class PatchProviderParams extends BaseModel
{
    /**
     * @param \CloudBase\Auth\Enum\ProviderCodeType|string|null $providerCodeType `phone` to attach a phone number.
     * @param string|null $code The `getPhoneNumber` code.
     * @param string|null $encryptedData The older `getPhoneNumber` flow's encrypted data (not supported by the emulator).
     * @param string|null $iv The older flow's initialisation vector, with `encryptedData`.
     */
    public function __construct(
        public readonly \CloudBase\Auth\Enum\ProviderCodeType|string|null $providerCodeType = null,
        #[\SensitiveParameter] ?string $code = null,
        #[\SensitiveParameter] ?string $encryptedData = null,
        public readonly ?string $iv = null,
    ) {
        $this->keepSecret('code', $code);
        $this->keepSecret('encryptedData', $encryptedData);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'PatchProviderParams'): static
    {
        $w = new Wire($data, $at);
        return new self(
            providerCodeType: $w->enum('provider_code_type', false, \CloudBase\Auth\Enum\ProviderCodeType::class),
            code: $w->string('code', false),
            encryptedData: $w->string('encryptedData', false),
            iv: $w->string('iv', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'providerCodeType' => ['provider_code_type', 'plain'],
            'code' => ['code', 'secret'],
            'encryptedData' => ['encryptedData', 'secret'],
            'iv' => ['iv', 'plain'],
        ];
    }
}
