<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_client` (HTTP 401, error_code 4001): Client authentication failed.
 */
class InvalidClientException extends HttpUnauthorizedException
{
}
