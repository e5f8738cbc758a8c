<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Model;

use CloudBase\Auth\Internal\Wire;
use CloudBase\Auth\Model as BaseModel;

/**
 * SudoResponse: The SudoResponse object.
 *
 * @property-read string $sudoToken Authorises one sensitive change (password, phone, email, deletion); pass it as `sudo_token`. (secret: hidden from var_dump, print_r, var_export and json_encode)
 */
final class SudoResponse extends BaseModel
{
    /**
     * @param string $sudoToken Authorises one sensitive change (password, phone, email, deletion); pass it as `sudo_token`.
     * @param int $expiresIn Seconds the sudo token stays valid (900).
     */
    public function __construct(
        #[\SensitiveParameter] string $sudoToken,
        public readonly int $expiresIn,
    ) {
        $this->keepSecret('sudoToken', $sudoToken);
    }

    /** @param array<mixed> $data */
    public static function fromArray(array $data, string $at = 'SudoResponse'): static
    {
        $w = new Wire($data, $at);
        return new self(
            sudoToken: $w->string('sudo_token', true),
            expiresIn: $w->int('expires_in', true),
        );
    }

    protected static function fields(): array
    {
        return [
            'sudoToken' => ['sudo_token', 'secret'],
            'expiresIn' => ['expires_in', 'plain'],
        ];
    }
}
