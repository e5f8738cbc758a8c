<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * CaptchaDataResponse: A captcha.
 *
 * @property-read string $token Names this captcha for `POST /captcha/data/verify`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class CaptchaDataResponse extends BaseModel
{
    /**
     * @param string $data The captcha image as a data URI (`data:image/...;base64,...`).
     * @param string $token Names this captcha for `POST /captcha/data/verify`.
     * @param int $expiresIn Seconds the captcha stays valid (300).
     * @param string|null $type `image`.
     */
    public function __construct(
        public readonly string $data,
        #[\SensitiveParameter] string $token,
        public readonly int $expiresIn,
        public readonly ?string $type = null,
    ) {
        $this->keepSecret('token', $token);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'CaptchaDataResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            data: $w->string('data', true),
            token: $w->string('token', true),
            expiresIn: $w->int('expires_in', true),
            type: $w->string('type', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'data' => ['data', 'plain'],
            'token' => ['token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
            'type' => ['type', 'plain'],
        ];
    }
}
