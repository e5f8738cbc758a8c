<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unavailable` (HTTP 503, error_code 14): The service is temporarily unavailable; retry later.
 */
class UnavailableException extends HttpServerErrorException
{
}
