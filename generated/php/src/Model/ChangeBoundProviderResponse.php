<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ChangeBoundProviderResponse: The outcome of the change.
 */
final class ChangeBoundProviderResponse extends BaseModel
{
    /**
     * @param string $clientId The client ID of the session.
     */
    public function __construct(
        public readonly string $clientId,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ChangeBoundProviderResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            clientId: $w->string('client_id', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'clientId' => ['client_id', 'plain'],
        ];
    }
}
