<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * QrCodeStatusResponseStatus: the values of `status`. The scan's state (names inferred). A value this
 * version does not know arrives as a plain string, never dropped.
 */
enum QrCodeStatusResponseStatus: string
{
    case Waiting = 'WAITING';
    case Scanned = 'SCANNED';
    case Confirmed = 'CONFIRMED';
    case Cancelled = 'CANCELLED';
    case Expired = 'EXPIRED';
}
