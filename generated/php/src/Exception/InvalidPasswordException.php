<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_password` (HTTP 400, error_code 4001): The password does not meet the password rules.
 */
class InvalidPasswordException extends HttpBadRequestException
{
}
