<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderList: The ProviderList object.
 */
final class ProviderList extends BaseModel
{
    /**
     * @param int $total How many providers `data` lists.
     * @param list<\CloudBase\Auth\Model\ProviderInfo> $data The providers.
     */
    public function __construct(
        public readonly int $total,
        public readonly array $data,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderList'): static
    {
        $w = new Wire($data, $at);
        return new self(
            total: $w->int('total', true),
            data: $w->list('data', true, static fn (mixed $v, string $at): ?\CloudBase\Auth\Model\ProviderInfo => Wire::asModel($v, $at, \CloudBase\Auth\Model\ProviderInfo::class)),
        );
    }

    protected static function fields(): array
    {
        return [
            'total' => ['total', 'plain'],
            'data' => ['data', 'plain'],
        ];
    }
}
