<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_status` (HTTP 403, error_code 4003): The account is locked or otherwise not usable.
 */
class InvalidStatusException extends HttpForbiddenException
{
}
