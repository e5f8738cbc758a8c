<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * WedaUserInfo: The signed-in user for WeDa; the fields are inferred and others may appear.
 */
final class WedaUserInfo extends BaseModel
{
    /**
     * @param string $sub The user ID.
     * @param string|null $userId The user ID again, under the name WeDa uses.
     * @param string|null $userType `internal` for a registered user, `anonymous` for an anonymous one.
     * @param string|null $name The display name apps show for the user.
     * @param string|null $username The username.
     * @param string|null $picture The URL of the user's avatar image (`https://...`), as it was set.
     * @param string|null $email The account's email address, when it has one.
     * @param string|null $phoneNumber The phone number.
     */
    public function __construct(
        public readonly string $sub,
        public readonly ?string $userId = null,
        public readonly ?string $userType = null,
        public readonly ?string $name = null,
        public readonly ?string $username = null,
        public readonly ?string $picture = null,
        public readonly ?string $email = null,
        public readonly ?string $phoneNumber = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'WedaUserInfo'): static
    {
        $w = new Wire($data, $at);
        return new self(
            sub: $w->string('sub', true),
            userId: $w->string('user_id', false),
            userType: $w->string('user_type', false),
            name: $w->string('name', false),
            username: $w->string('username', false),
            picture: $w->string('picture', false),
            email: $w->string('email', false),
            phoneNumber: $w->string('phone_number', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'sub' => ['sub', 'plain'],
            'userId' => ['user_id', 'plain'],
            'userType' => ['user_type', 'plain'],
            'name' => ['name', 'plain'],
            'username' => ['username', 'plain'],
            'picture' => ['picture', 'plain'],
            'email' => ['email', 'plain'],
            'phoneNumber' => ['phone_number', 'plain'],
        ];
    }
}
