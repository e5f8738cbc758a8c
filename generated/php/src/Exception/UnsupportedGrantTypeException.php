<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unsupported_grant_type` (HTTP 400, error_code 3): The grant_type is not supported.
 */
class UnsupportedGrantTypeException extends HttpBadRequestException
{
}
