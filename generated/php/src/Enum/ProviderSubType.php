<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * ProviderSubType: the values of `provider_sub_type`. `NO_AUTH_LOGIN` when password-free login is on,
 * else empty. A value this version does not know arrives as a plain string, never dropped.
 */
enum ProviderSubType: string
{
    case NoAuthLogin = 'NO_AUTH_LOGIN';
    case Blank = '';
}
