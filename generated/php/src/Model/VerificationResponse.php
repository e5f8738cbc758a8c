<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * VerificationResponse: The VerificationResponse object.
 */
final class VerificationResponse extends BaseModel
{
    /**
     * @param string $verificationId Names this code for `POST /verification/verify`.
     * @param int $expiresIn Seconds the code stays valid (600).
     * @param bool|null $isUser True when an account exists (sign in next), false or absent otherwise (sign up).
     */
    public function __construct(
        public readonly string $verificationId,
        public readonly int $expiresIn,
        public readonly ?bool $isUser = null,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'VerificationResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            verificationId: $w->string('verification_id', true),
            expiresIn: $w->int('expires_in', true),
            isUser: $w->bool('is_user', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'verificationId' => ['verification_id', 'plain'],
            'expiresIn' => ['expires_in', 'plain'],
            'isUser' => ['is_user', 'plain'],
        ];
    }
}
