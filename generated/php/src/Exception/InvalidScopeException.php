<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_scope` (HTTP 400, error_code 3): The requested scope is invalid.
 */
class InvalidScopeException extends HttpBadRequestException
{
}
