<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `unauthorized_client` (HTTP 401, error_code 4003): The client may not use this grant (for example a
 * wrong client secret).
 */
class UnauthorizedClientException extends HttpUnauthorizedException
{
}
