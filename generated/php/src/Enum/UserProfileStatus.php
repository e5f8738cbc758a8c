<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * UserProfileStatus: the values of `status`. The account state. A value this version does not know
 * arrives as a plain string, never dropped.
 */
enum UserProfileStatus: string
{
    case Default = 'DEFAULT';
    case Active = 'ACTIVE';
    case Pending = 'PENDING';
    case Blocked = 'BLOCKED';
}
