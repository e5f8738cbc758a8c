<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The token is not valid: revoked, signed out, unknown to the service, or malformed. A
 * middleware answers 401 with `WWW-Authenticate: Bearer error="invalid_token"`.
 */
class TokenInactiveException extends TokenVerificationException
{
}
