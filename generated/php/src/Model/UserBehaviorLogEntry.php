<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserBehaviorLogEntry: One sign-in or account change (the SDK's `GetUserBehaviorLogRes`, plus
 * `action`).
 *
 * @property-read array<string, mixed>|null $meta Details of the entry. (free-form: its secret-named keys are hidden from var_dump, print_r, var_export and json_encode)
 */
final class UserBehaviorLogEntry extends BaseModel
{
    /**
     * @param string $id The entry's ID.
     * @param string $action `USER_LOGIN` for a sign-in; other values for account changes (inferred), such as `USER_PROFILE_UPDATE`.
     * @param \DateTimeImmutable $createdAt When, RFC 3339.
     * @param string|null $ip The address the request came from.
     * @param string|null $userAgent The request's User-Agent.
     * @param string|null $clientId The client the request came through.
     * @param string|null $deviceId The `x-device-id` of the request.
     * @param array<string, mixed>|null $meta Details of the entry.
     */
    public function __construct(
        public readonly string $id,
        public readonly string $action,
        public readonly \DateTimeImmutable $createdAt,
        public readonly ?string $ip = null,
        public readonly ?string $userAgent = null,
        public readonly ?string $clientId = null,
        public readonly ?string $deviceId = null,
        #[\SensitiveParameter] ?array $meta = null,
    ) {
        $this->keepSecret('meta', $meta);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserBehaviorLogEntry'): static
    {
        $w = new Wire($data, $at);
        return new self(
            id: $w->string('id', true),
            action: $w->string('action', true),
            createdAt: $w->dateTime('created_at', true),
            ip: $w->string('ip', false),
            userAgent: $w->string('user_agent', false),
            clientId: $w->string('client_id', false),
            deviceId: $w->string('device_id', false),
            meta: $w->map('meta', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'id' => ['id', 'plain'],
            'action' => ['action', 'plain'],
            'createdAt' => ['created_at', 'plain'],
            'ip' => ['ip', 'plain'],
            'userAgent' => ['user_agent', 'plain'],
            'clientId' => ['client_id', 'plain'],
            'deviceId' => ['device_id', 'plain'],
            'meta' => ['meta', 'map'],
        ];
    }
}
