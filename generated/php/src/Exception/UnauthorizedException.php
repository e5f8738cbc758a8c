<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unauthorized` (HTTP 401, error_code 4003): The caller is not authorised for this operation.
 */
class UnauthorizedException extends HttpUnauthorizedException
{
}
