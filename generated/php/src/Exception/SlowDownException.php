<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `slow_down` (HTTP 400, error_code 3): Device flow; polled faster than `interval`; wait 5 seconds
 * longer between polls (RFC 8628).
 */
class SlowDownException extends HttpBadRequestException
{
}
