<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `permission_denied` (HTTP 403, error_code 7): The token may not do this (for example a missing or
 * bad sudo token).
 */
class PermissionDeniedException extends HttpForbiddenException
{
}
