<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * ProviderRedirectUriResponse: Where to send the user's browser.
 */
final class ProviderRedirectUriResponse extends BaseModel
{
    /**
     * @param string $uri The provider's authorisation URL, with `redirect_uri` and `state`.
     * @param string|null $signoutUri The provider's sign-out URL, when it has one.
     */
    public function __construct(
        public readonly string $uri,
        public readonly ?string $signoutUri = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'ProviderRedirectUriResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            uri: $w->string('uri', true),
            signoutUri: $w->string('signout_uri', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'uri' => ['uri', 'plain'],
            'signoutUri' => ['signout_uri', 'plain'],
        ];
    }
}
