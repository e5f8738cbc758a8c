<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * DeviceCodeResponse: A device authorization (RFC 8628 section 3.2).
 *
 * @property-read string $deviceCode The device's secret, for polling `POST /token`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class DeviceCodeResponse extends BaseModel
{
    /**
     * @param string $deviceCode The device's secret, for polling `POST /token`.
     * @param int $expiresIn Seconds the codes stay valid.
     * @param int $interval Seconds to wait between polls.
     * @param string|null $userCode The code the user types in, `XXXX-XXXX` (letters and digits without 0, 1, I, O).
     * @param string|null $verificationUri Where the user goes to type the code.
     * @param string|null $verificationUriComplete The same page with the code filled in (for a QR code).
     */
    public function __construct(
        #[\SensitiveParameter] string $deviceCode,
        public readonly int $expiresIn,
        public readonly int $interval,
        public readonly ?string $userCode = null,
        public readonly ?string $verificationUri = null,
        public readonly ?string $verificationUriComplete = null,
    ) {
        $this->keepSecret('deviceCode', $deviceCode);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'DeviceCodeResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            deviceCode: $w->string('device_code', true),
            expiresIn: $w->int('expires_in', true),
            interval: $w->int('interval', true),
            userCode: $w->string('user_code', false),
            verificationUri: $w->string('verification_uri', false),
            verificationUriComplete: $w->string('verification_uri_complete', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'deviceCode' => ['device_code', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
            'interval' => ['interval', 'plain'],
            'userCode' => ['user_code', 'plain'],
            'verificationUri' => ['verification_uri', 'plain'],
            'verificationUriComplete' => ['verification_uri_complete', 'plain'],
        ];
    }
}
