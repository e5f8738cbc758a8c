<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests\Fixtures;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model;

/**
 * A model shaped like the generated ones: a public field, a secret one, a date-time and a
 * free-form object.
 *
 * @property-read string|null $password
 * @property-read array<string, mixed>|null $extra
 */
final class SecretModel extends Model
{
    /** @param array<string, mixed>|null $extra */
    public function __construct(
        public readonly string $name,
        #[\SensitiveParameter] ?string $password = null,
        public readonly ?\DateTimeImmutable $createdAt = null,
        ?array $extra = null,
    ) {
        $this->keepSecret('password', $password);
        $this->keepSecret('extra', $extra);
    }

    public static function fromArray(array $data, string $at = 'SecretModel'): static
    {
        $w = new Wire($data, $at);
        return new self(
            name: $w->string('name', true),
            password: $w->string('password', false),
            createdAt: $w->dateTime('created_at', false),
            extra: $w->map('extra', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'name' => ['name', 'plain'],
            'password' => ['password', 'secret'],
            'createdAt' => ['created_at', 'plain'],
            'extra' => ['extra', 'map'],
        ];
    }
}
