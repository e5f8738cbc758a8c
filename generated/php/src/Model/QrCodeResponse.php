<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * QrCodeResponse: A login QR code.
 */
final class QrCodeResponse extends BaseModel
{
    /**
     * @param string $qrCode The mini-program code image as a data URI.
     * @param string $qrCodeId Names the code for `POST /qrcode/get/status`.
     * @param int $expiresIn Seconds the code stays valid.
     */
    public function __construct(
        public readonly string $qrCode,
        public readonly string $qrCodeId,
        public readonly int $expiresIn,
    ) {
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'QrCodeResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            qrCode: $w->string('qr_code', true),
            qrCodeId: $w->string('qr_code_id', true),
            expiresIn: $w->int('expires_in', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'qrCode' => ['qr_code', 'plain'],
            'qrCodeId' => ['qr_code_id', 'plain'],
            'expiresIn' => ['expires_in', 'plain'],
        ];
    }
}
