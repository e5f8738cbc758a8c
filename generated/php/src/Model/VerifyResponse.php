<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * VerifyResponse: The VerifyResponse object.
 *
 * @property-read string $verificationToken Proof of the verified phone number or email. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class VerifyResponse extends BaseModel
{
    /**
     * @param string $verificationToken Proof of the verified phone number or email.
     * @param int $expiresIn Seconds the token stays valid (600).
     */
    public function __construct(
        #[\SensitiveParameter] string $verificationToken,
        public readonly int $expiresIn,
    ) {
        $this->keepSecret('verificationToken', $verificationToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'VerifyResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            verificationToken: $w->string('verification_token', true),
            expiresIn: $w->int('expires_in', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'verificationToken' => ['verification_token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
        ];
    }
}
