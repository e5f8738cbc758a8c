<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unauthenticated` (HTTP 401, error_code 16): No valid access token; sign in again.
 */
class UnauthenticatedException extends HttpUnauthorizedException
{
}
