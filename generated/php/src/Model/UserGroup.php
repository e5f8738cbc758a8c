<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserGroup: A group the user belongs to.
 */
final class UserGroup extends BaseModel
{
    /**
     * @param string $id The group ID, such as `user`.
     * @param \DateTimeImmutable|null $expiresAt When the membership ends (RFC 3339), if it does.
     */
    public function __construct(
        public readonly string $id,
        public readonly ?\DateTimeImmutable $expiresAt = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserGroup'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            expiresAt: $w->dateTime('expires_at', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'expiresAt' => ['expires_at', 'plain'],
        ];
    }
}
