<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserExistResponse: The UserExistResponse object.
 */
final class UserExistResponse extends BaseModel
{
    /**
     * @param bool $exist Whether a user with that username exists.
     */
    public function __construct(
        public readonly bool $exist,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserExistResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            exist: $w->bool('exist', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'exist' => ['exist', 'plain'],
        ];
    }
}
