<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * ProviderCodeType: the values of `provider_code_type`. `phone` to attach a phone number. A value this
 * version does not know arrives as a plain string, never dropped.
 */
enum ProviderCodeType: string
{
    case OpenId = 'open_id';
    case UnionId = 'union_id';
    case Phone = 'phone';
}
