<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `already_exists` (HTTP 409, error_code 6): The resource already exists.
 */
class AlreadyExistsException extends HttpConflictException
{
}
