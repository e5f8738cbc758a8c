<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * AuthorizeClient: The app an authorization request is for.
 */
final class AuthorizeClient extends BaseModel
{
    /**
     * @param string $id The client ID.
     * @param string $name The app's name.
     * @param string|null $description What the app is.
     * @param string|null $picture The app's logo URL.
     * @param string|null $url The app's home page.
     */
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly ?string $description = null,
        public readonly ?string $picture = null,
        public readonly ?string $url = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'AuthorizeClient'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            name: $w->string('name', true),
            description: $w->string('description', false),
            picture: $w->string('picture', false),
            url: $w->string('url', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'name' => ['name', 'plain'],
            'description' => ['description', 'plain'],
            'picture' => ['picture', 'plain'],
            'url' => ['url', 'plain'],
        ];
    }
}
