<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `username_already_exists` (HTTP 409, error_code 409): Another account already uses this username,
 * phone number or email.
 */
class UsernameAlreadyExistsException extends HttpConflictException
{
}
