<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderSubTypeResponse: The provider's sub type.
 */
final class ProviderSubTypeResponse extends BaseModel
{
    /**
     * @param string $id The provider (`weda`).
     * @param \CloudBase\Auth\Enum\ProviderSubType|string $providerSubType `NO_AUTH_LOGIN` when password-free login is on, else empty.
     */
    public function __construct(
        public readonly string $id,
        public readonly \CloudBase\Auth\Enum\ProviderSubType|string $providerSubType,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderSubTypeResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            providerSubType: $w->enum('provider_sub_type', true, \CloudBase\Auth\Enum\ProviderSubType::class),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'providerSubType' => ['provider_sub_type', 'plain'],
        ];
    }
}
