<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * Target: the values of `target`. Who may receive the code; `ANY` when omitted (inferred from the
 * official SDK, which omits it). A value this version does not know arrives as a plain string, never
 * dropped.
 */
enum Target: string
{
    case Any = 'ANY';
    case User = 'USER';
    case NotUser = 'NOT_USER';
    case CurUser = 'CUR_USER';
}
