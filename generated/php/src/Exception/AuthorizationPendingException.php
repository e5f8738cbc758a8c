<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `authorization_pending` (HTTP 400, error_code 3): Device flow; the user has not approved the user
 * code yet; poll again after `interval` seconds (RFC 8628).
 */
class AuthorizationPendingException extends HttpBadRequestException
{
}
