<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `resource_exhausted` (HTTP 429, error_code 8): A quota or rate limit was hit.
 */
class ResourceExhaustedException extends HttpTooManyRequestsException
{
}
