<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * Gender: the values of `gender`. The user's gender as the profile stores it: `MALE` or `FEMALE`
 * (leave it out when unknown). A value this version does not know arrives as a plain string, never
 * dropped.
 */
enum Gender: string
{
    case Male = 'MALE';
    case Female = 'FEMALE';
}
