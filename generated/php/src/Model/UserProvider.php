<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserProvider: A third-party identity bound to the user.
 *
 * @property-read array<string, mixed>|null $meta Provider-specific extra data (docs). (free-form: its secret-named keys are hidden from var_dump, print_r, var_export and json_encode)
 */
final class UserProvider extends BaseModel
{
    /**
     * @param string|null $id The provider ID, such as `github`.
     * @param string|null $providerUserId The user's ID at the provider.
     * @param string|null $name The user's name at the provider.
     * @param string|null $picture The user's avatar at the provider.
     * @param string|null $url The user's profile URL at the provider (docs).
     * @param array<string, mixed>|null $meta Provider-specific extra data (docs).
     */
    public function __construct(
        public readonly ?string $id = null,
        public readonly ?string $providerUserId = null,
        public readonly ?string $name = null,
        public readonly ?string $picture = null,
        public readonly ?string $url = null,
        #[\SensitiveParameter] ?array $meta = null,
    ) {
        $this->keepSecret('meta', $meta);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserProvider'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', false),
            providerUserId: $w->string('provider_user_id', false),
            name: $w->string('name', false),
            picture: $w->string('picture', false),
            url: $w->string('url', false),
            meta: $w->map('meta', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'providerUserId' => ['provider_user_id', 'plain'],
            'name' => ['name', 'plain'],
            'picture' => ['picture', 'plain'],
            'url' => ['url', 'plain'],
            'meta' => ['meta', 'map'],
        ];
    }
}
