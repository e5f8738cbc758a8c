<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * QrCodeStatusResponse: Where the scan stands.
 *
 * @property-read string|null $providerToken Once `CONFIRMED`, for `POST /signin/with/provider`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class QrCodeStatusResponse extends BaseModel
{
    /**
     * @param string $status The scan's state: `WAITING`, `SCANNED`, `CONFIRMED`, `CANCELLED` or `EXPIRED` as far as known (the names are inferred); another value may come, and clients keep it as it is.
     * @param int $expiresIn Seconds left of the QR code, or of the provider token once confirmed.
     * @param string|null $providerToken Once `CONFIRMED`, for `POST /signin/with/provider`.
     */
    public function __construct(
        public readonly string $status,
        public readonly int $expiresIn,
        #[\SensitiveParameter] ?string $providerToken = null,
    ) {
        $this->keepSecret('providerToken', $providerToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'QrCodeStatusResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            status: $w->string('status', true),
            expiresIn: $w->int('expires_in', true),
            providerToken: $w->string('provider_token', false),
        );
    }

    protected static function fields(): array
    {
        return [
            'status' => ['status', 'plain'],
            'expiresIn' => ['expires_in', 'plain'],
            'providerToken' => ['provider_token', 'secret'],
        ];
    }
}
