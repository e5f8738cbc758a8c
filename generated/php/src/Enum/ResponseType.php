<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * ResponseType: the values of `response_type`. The OAuth response type; `code` by default. A value
 * this version does not know arrives as a plain string, never dropped.
 */
enum ResponseType: string
{
    case Code = 'code';
    case Token = 'token';
    case IdToken = 'id_token';
}
