<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `expired_token` (HTTP 400, error_code 3): Device flow; the device code expired before it was
 * approved; start again with `POST /device/code` (RFC 8628).
 */
class ExpiredTokenException extends HttpBadRequestException
{
}
