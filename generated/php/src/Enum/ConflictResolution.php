<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * ConflictResolution: the values of `conflict_resolution`. What to do when another account has the
 * address (see the operation); `DEFAULT` when absent. A value this version does not know arrives as a
 * plain string, never dropped.
 */
enum ConflictResolution: string
{
    case Default = 'DEFAULT';
    case DeleteAccountTransfer = 'DELETE_ACCOUNT_TRANSFER';
    case Transfer = 'TRANSFER';
}
