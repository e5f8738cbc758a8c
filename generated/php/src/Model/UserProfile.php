<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserProfile: A user's profile.
 *
 * @property-read array<string, mixed>|null $meta Extra data (docs). (free-form: its secret-named keys are hidden from var_dump, print_r, var_export and json_encode)
 */
final class UserProfile extends BaseModel
{
    /**
     * @param string $sub The user ID.
     * @param string|null $userId The user ID again (docs field list).
     * @param string|null $name Display name (the `nickname` of `POST /user/basic/edit`).
     * @param string|null $picture The URL of the user's avatar image (`https://...`), as it was set.
     * @param string|null $username The user name.
     * @param string|null $email The account's email address, when it has one.
     * @param bool|null $emailVerified Whether the email address was proved with a verification code (SDK model).
     * @param string|null $phoneNumber `+86 13800000000`.
     * @param string|null $gender `MALE` or `FEMALE`.
     * @param string|null $locale Such as `zh-CN` (SDK model).
     * @param string|null $birthdate Birth date (SDK model).
     * @param string|null $zoneinfo Time zone (SDK model).
     * @param string|null $createdFrom How the account was created, such as `username`, `phone`, `email`, `anonymous`, `custom` (SDK model).
     * @param string|null $status The account state: `DEFAULT`, `ACTIVE`, `PENDING` or `BLOCKED` as far as known (the names are inferred); another value may come, and clients keep it as it is.
     * @param bool|null $hasPassword Whether a password is set.
     * @param list<\CloudBase\Auth\Model\UserProvider>|null $providers Bound third-party identities.
     * @param list<\CloudBase\Auth\Model\UserGroup>|null $groups The user's groups.
     * @param string|null $userDesc The user's self-description (the docs' name for it).
     * @param string|null $description The same self-description under the name `POST /user/basic/edit` uses (not in the docs' list; inferred).
     * @param string|null $internalUserType Such as `generalUser` (docs).
     * @param int|null $userSource Opaque source code of the account (docs).
     * @param array<string, mixed>|null $meta Extra data (docs).
     * @param \DateTimeImmutable|null $lastLogin Last sign-in, RFC 3339 (docs).
     * @param string|null $type `external` or `internal`.
     * @param \DateTimeImmutable|null $createdAt RFC 3339.
     * @param \DateTimeImmutable|null $updatedAt RFC 3339.
     * @param \DateTimeImmutable|null $passwordUpdatedAt RFC 3339.
     */
    public function __construct(
        public readonly string $sub,
        public readonly ?string $userId = null,
        public readonly ?string $name = null,
        public readonly ?string $picture = null,
        public readonly ?string $username = null,
        public readonly ?string $email = null,
        public readonly ?bool $emailVerified = null,
        public readonly ?string $phoneNumber = null,
        public readonly ?string $gender = null,
        public readonly ?string $locale = null,
        public readonly ?string $birthdate = null,
        public readonly ?string $zoneinfo = null,
        public readonly ?string $createdFrom = null,
        public readonly ?string $status = null,
        public readonly ?bool $hasPassword = null,
        public readonly ?array $providers = null,
        public readonly ?array $groups = null,
        public readonly ?string $userDesc = null,
        public readonly ?string $description = null,
        public readonly ?string $internalUserType = null,
        public readonly ?int $userSource = null,
        #[\SensitiveParameter] ?array $meta = null,
        public readonly ?\DateTimeImmutable $lastLogin = null,
        public readonly ?string $type = null,
        public readonly ?\DateTimeImmutable $createdAt = null,
        public readonly ?\DateTimeImmutable $updatedAt = null,
        public readonly ?\DateTimeImmutable $passwordUpdatedAt = null,
    ) {
        $this->keepSecret('meta', $meta);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserProfile'): static
    {
        $w = new Wire($data, $at);
        return new self(
            sub: $w->string('sub', true),
            userId: $w->string('user_id', false),
            name: $w->string('name', false),
            picture: $w->string('picture', false),
            username: $w->string('username', false),
            email: $w->string('email', false),
            emailVerified: $w->bool('email_verified', false),
            phoneNumber: $w->string('phone_number', false),
            gender: $w->string('gender', false),
            locale: $w->string('locale', false),
            birthdate: $w->string('birthdate', false),
            zoneinfo: $w->string('zoneinfo', false),
            createdFrom: $w->string('created_from', false),
            status: $w->string('status', false),
            hasPassword: $w->bool('has_password', false),
            providers: $w->list('providers', false, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\UserProvider => Wire::asModel($v, $at, \CloudBase\Auth\Model\UserProvider::class)),
            groups: $w->list('groups', false, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\UserGroup => Wire::asModel($v, $at, \CloudBase\Auth\Model\UserGroup::class)),
            userDesc: $w->string('user_desc', false),
            description: $w->string('description', false),
            internalUserType: $w->string('internal_user_type', false),
            userSource: $w->int('user_source', false),
            meta: $w->map('meta', false),
            lastLogin: $w->dateTime('last_login', false),
            type: $w->string('type', false),
            createdAt: $w->dateTime('created_at', false),
            updatedAt: $w->dateTime('updated_at', false),
            passwordUpdatedAt: $w->dateTime('password_updated_at', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'sub' => ['sub', 'plain'],
            'userId' => ['user_id', 'plain'],
            'name' => ['name', 'plain'],
            'picture' => ['picture', 'plain'],
            'username' => ['username', 'plain'],
            'email' => ['email', 'plain'],
            'emailVerified' => ['email_verified', 'plain'],
            'phoneNumber' => ['phone_number', 'plain'],
            'gender' => ['gender', 'plain'],
            'locale' => ['locale', 'plain'],
            'birthdate' => ['birthdate', 'plain'],
            'zoneinfo' => ['zoneinfo', 'plain'],
            'createdFrom' => ['created_from', 'plain'],
            'status' => ['status', 'plain'],
            'hasPassword' => ['has_password', 'plain'],
            'providers' => ['providers', 'plain'],
            'groups' => ['groups', 'plain'],
            'userDesc' => ['user_desc', 'plain'],
            'description' => ['description', 'plain'],
            'internalUserType' => ['internal_user_type', 'plain'],
            'userSource' => ['user_source', 'plain'],
            'meta' => ['meta', 'map'],
            'lastLogin' => ['last_login', 'plain'],
            'type' => ['type', 'plain'],
            'createdAt' => ['created_at', 'plain'],
            'updatedAt' => ['updated_at', 'plain'],
            'passwordUpdatedAt' => ['password_updated_at', 'plain'],
        ];
    }
}
