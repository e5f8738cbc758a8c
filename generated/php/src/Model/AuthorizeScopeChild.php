<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * AuthorizeScopeChild: A finer-grained part of a scope.
 */
final class AuthorizeScopeChild extends BaseModel
{
    /**
     * @param string $id The scope ID.
     * @param string $name What it grants, for people.
     * @param string|null $description More detail.
     */
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly ?string $description = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'AuthorizeScopeChild'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            name: $w->string('name', true),
            description: $w->string('description', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'name' => ['name', 'plain'],
            'description' => ['description', 'plain'],
        ];
    }
}
