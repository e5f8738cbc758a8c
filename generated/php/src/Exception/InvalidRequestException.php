<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_request` (HTTP 400, error_code 3): The OAuth request is malformed.
 */
class InvalidRequestException extends HttpBadRequestException
{
}
