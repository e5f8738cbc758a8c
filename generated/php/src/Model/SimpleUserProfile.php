<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * SimpleUserProfile: A user as `GET /user/query` shows them (the SDK's `SimpleUserProfile`).
 */
final class SimpleUserProfile extends BaseModel
{
    /**
     * @param string $sub The user ID.
     * @param string $name The display name (empty when none is set).
     * @param string|null $username The username, when the account has one (inferred; not in the SDK model).
     * @param string|null $picture The URL of the user's avatar image (`https://...`), as it was set.
     * @param string|null $gender Gender, such as `MALE` or `FEMALE`.
     * @param string|null $locale Such as `zh-CN`.
     * @param string|null $email The email address (administrator callers or the caller's own account only).
     * @param string|null $phoneNumber The phone number (administrator callers or the caller's own account only).
     */
    public function __construct(
        public readonly string $sub,
        public readonly string $name,
        public readonly ?string $username = null,
        public readonly ?string $picture = null,
        public readonly ?string $gender = null,
        public readonly ?string $locale = null,
        public readonly ?string $email = null,
        public readonly ?string $phoneNumber = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'SimpleUserProfile'): static
    {
        $w = new Wire($data, $at);
        return new self(
            sub: $w->string('sub', true),
            name: $w->string('name', true),
            username: $w->string('username', false),
            picture: $w->string('picture', false),
            gender: $w->string('gender', false),
            locale: $w->string('locale', false),
            email: $w->string('email', false),
            phoneNumber: $w->string('phone_number', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'sub' => ['sub', 'plain'],
            'name' => ['name', 'plain'],
            'username' => ['username', 'plain'],
            'picture' => ['picture', 'plain'],
            'gender' => ['gender', 'plain'],
            'locale' => ['locale', 'plain'],
            'email' => ['email', 'plain'],
            'phoneNumber' => ['phone_number', 'plain'],
        ];
    }
}
