<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `rate_limit_exceeded` (HTTP 429, error_code 4029): Too many verification codes sent to this target;
 * wait a minute.
 */
class RateLimitExceededException extends HttpTooManyRequestsException
{
}
