<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderInfo: The ProviderInfo object.
 */
final class ProviderInfo extends BaseModel
{
    /**
     * @param string $id The provider ID (such as `wx_open` or `github`).
     * @param string|null $name The provider's display name.
     * @param string|null $homepage The provider's home page URL.
     * @param string|null $picture The provider's icon URL.
     * @param string|null $providerUserName The user's name at the provider, when bound.
     * @param string|null $providerType The kind of third-party platform.
     * @param bool|null $bind Whether the current user has this provider bound.
     */
    public function __construct(
        public readonly string $id,
        public readonly ?string $name = null,
        public readonly ?string $homepage = null,
        public readonly ?string $picture = null,
        public readonly ?string $providerUserName = null,
        public readonly ?string $providerType = null,
        public readonly ?bool $bind = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderInfo'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            name: $w->string('name', false),
            homepage: $w->string('homepage', false),
            picture: $w->string('picture', false),
            providerUserName: $w->string('provider_user_name', false),
            providerType: $w->string('provider_type', false),
            bind: $w->bool('bind', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'name' => ['name', 'plain'],
            'homepage' => ['homepage', 'plain'],
            'picture' => ['picture', 'plain'],
            'providerUserName' => ['provider_user_name', 'plain'],
            'providerType' => ['provider_type', 'plain'],
            'bind' => ['bind', 'plain'],
        ];
    }
}
