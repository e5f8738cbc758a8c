<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `internal` (HTTP 500, error_code 13): An unexpected error inside the service.
 */
class InternalException extends HttpServerErrorException
{
}
