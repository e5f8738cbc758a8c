<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * SignOutResponse: The SignOutResponse object.
 */
final class SignOutResponse extends BaseModel
{
    /**
     * @param string|null $redirectUri Where to send the browser to finish signing out, when the provider needs it.
     */
    public function __construct(
        public readonly ?string $redirectUri = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'SignOutResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            redirectUri: $w->string('redirect_uri', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'redirectUri' => ['redirect_uri', 'plain'],
        ];
    }
}
