<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderProfile: What the provider says about the user.
 */
final class ProviderProfile extends BaseModel
{
    /**
     * @param string|null $providerId The provider, such as `github` or a mini-program's AppID.
     * @param string|null $name The user's name at the provider.
     * @param string|null $picture The user's avatar URL at the provider.
     * @param string|null $phoneNumber The phone number the provider vouches for (WeChat phone authorisation).
     * @param string|null $email The email address the provider vouches for.
     */
    public function __construct(
        public readonly ?string $providerId = null,
        public readonly ?string $name = null,
        public readonly ?string $picture = null,
        public readonly ?string $phoneNumber = null,
        public readonly ?string $email = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderProfile'): static
    {
        $w = new Wire($data, $at);
        return new self(
            providerId: $w->string('provider_id', false),
            name: $w->string('name', false),
            picture: $w->string('picture', false),
            phoneNumber: $w->string('phone_number', false),
            email: $w->string('email', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'providerId' => ['provider_id', 'plain'],
            'name' => ['name', 'plain'],
            'picture' => ['picture', 'plain'],
            'phoneNumber' => ['phone_number', 'plain'],
            'email' => ['email', 'plain'],
        ];
    }
}
