<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * AuthorizeScope: A scope the app asks for.
 */
final class AuthorizeScope extends BaseModel
{
    /**
     * @param string $id The scope ID, such as `profile`.
     * @param string $name What it grants, for people.
     * @param string|null $description More detail.
     * @param string|null $picture An icon URL.
     * @param string|null $url A page about the scope.
     * @param list<\CloudBase\Auth\Model\AuthorizeScopeChild>|null $children Parts of the scope.
     */
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly ?string $description = null,
        public readonly ?string $picture = null,
        public readonly ?string $url = null,
        public readonly ?array $children = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'AuthorizeScope'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            name: $w->string('name', true),
            description: $w->string('description', false),
            picture: $w->string('picture', false),
            url: $w->string('url', false),
            children: $w->list('children', false, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\AuthorizeScopeChild => Wire::asModel($v, $at, \CloudBase\Auth\Model\AuthorizeScopeChild::class)),
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
            'children' => ['children', 'plain'],
        ];
    }
}
