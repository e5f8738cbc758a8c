<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * GrantType: the values of `grant_type`. The OAuth 2.0 grant. A value this version does not know
 * arrives as a plain string, never dropped.
 */
enum GrantType: string
{
    case RefreshToken = 'refresh_token';
    case Password = 'password';
    case ClientCredentials = 'client_credentials';
    case AuthorizationCode = 'authorization_code';
    case UrnIetfParamsOauthGrantTypeDeviceCode = 'urn:ietf:params:oauth:grant-type:device_code';
}
