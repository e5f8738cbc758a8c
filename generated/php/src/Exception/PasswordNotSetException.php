<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `password_not_set` (HTTP 400, error_code 4001): The account has no password; sign in with a
 * verification code.
 */
class PasswordNotSetException extends HttpBadRequestException
{
}
