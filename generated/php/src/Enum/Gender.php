<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * Gender: the values of `gender`. Gender. A value this version does not know arrives as a plain
 * string, never dropped.
 */
enum Gender: string
{
    case Male = 'MALE';
    case Female = 'FEMALE';
}
