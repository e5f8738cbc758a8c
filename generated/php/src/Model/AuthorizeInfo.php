<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * AuthorizeInfo: What a consent screen shows.
 */
final class AuthorizeInfo extends BaseModel
{
    /**
     * @param \CloudBase\Auth\Model\AuthorizeClient $client The app an authorization request is for.
     * @param list<\CloudBase\Auth\Model\AuthorizeScope>|null $scopes The scopes asked for.
     */
    public function __construct(
        public readonly \CloudBase\Auth\Model\AuthorizeClient $client,
        public readonly ?array $scopes = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'AuthorizeInfo'): static
    {
        $w = new Wire($data, $at);
        return new self(
            client: $w->model('client', true, \CloudBase\Auth\Model\AuthorizeClient::class),
            scopes: $w->list('scopes', false, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\AuthorizeScope => Wire::asModel($v, $at, \CloudBase\Auth\Model\AuthorizeScope::class)),
        );
    }

    protected static function fields(): array
    {
        return [
            'client' => ['client', 'object'],
            'scopes' => ['scopes', 'plain'],
        ];
    }
}
