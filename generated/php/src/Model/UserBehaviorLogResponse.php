<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * UserBehaviorLogResponse: One page of the user's security log, newest first.
 */
final class UserBehaviorLogResponse extends BaseModel
{
    /**
     * @param list<\CloudBase\Auth\Model\UserBehaviorLogEntry> $data The entries of this page.
     * @param string|null $nextPageToken Pass it as `page_token` for the next page; absent on the last page.
     */
    public function __construct(
        public readonly array $data,
        public readonly ?string $nextPageToken = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'UserBehaviorLogResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            data: $w->list('data', true, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\UserBehaviorLogEntry => Wire::asModel($v, $at, \CloudBase\Auth\Model\UserBehaviorLogEntry::class)),
            nextPageToken: $w->string('next_page_token', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'data' => ['data', 'plain'],
            'nextPageToken' => ['next_page_token', 'plain'],
        ];
    }
}
