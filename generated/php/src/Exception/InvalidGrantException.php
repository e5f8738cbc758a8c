<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_grant` (HTTP 400, error_code 4001): The refresh token, provider token or ticket is wrong,
 * expired or already used; sign the user out.
 */
class InvalidGrantException extends HttpBadRequestException
{
}
