<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_username_or_password` (HTTP 400, error_code 4043): The username does not exist or the
 * password is wrong.
 */
class InvalidUsernameOrPasswordException extends HttpBadRequestException
{
}
