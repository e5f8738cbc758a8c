<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unsupported_response_type` (HTTP 400, error_code 3): The authorization request's `response_type` is
 * not supported (the SDK's error list names it).
 */
class UnsupportedResponseTypeException extends HttpBadRequestException
{
}
