<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Enum;

/**
 * Usage: the values of `usage`. What the code is for. A value this version does not know arrives as a
 * plain string, never dropped.
 */
enum Usage: string
{
    case Register = 'REGISTER';
    case SignIn = 'SIGN_IN';
    case PasswordReset = 'PASSWORD_RESET';
    case EmailAddressChange = 'EMAIL_ADDRESS_CHANGE';
    case PhoneNumberChange = 'PHONE_NUMBER_CHANGE';
}
