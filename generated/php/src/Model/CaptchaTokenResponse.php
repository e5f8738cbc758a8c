<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * CaptchaTokenResponse: Proof that a captcha was solved.
 *
 * @property-read string $captchaToken For the retried call, as the `captcha_token` query or the `x-captcha-token` header; good for one call. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class CaptchaTokenResponse extends BaseModel
{
    /**
     * @param string $captchaToken For the retried call, as the `captcha_token` query or the `x-captcha-token` header; good for one call.
     * @param int $expiresIn Seconds the captcha token stays valid (600).
     */
    public function __construct(
        #[\SensitiveParameter] string $captchaToken,
        public readonly int $expiresIn,
    ) {
        $this->keepSecret('captchaToken', $captchaToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'CaptchaTokenResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            captchaToken: $w->string('captcha_token', true),
            expiresIn: $w->int('expires_in', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'captchaToken' => ['captcha_token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
        ];
    }
}
