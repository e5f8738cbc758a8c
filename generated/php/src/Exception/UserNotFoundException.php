<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `user_not_found` (HTTP 404, error_code 4004): No such user.
 */
class UserNotFoundException extends HttpNotFoundException
{
}
