<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_argument` (HTTP 400, error_code 3): A parameter is missing, malformed or out of range.
 */
class InvalidArgumentException extends HttpBadRequestException
{
}
