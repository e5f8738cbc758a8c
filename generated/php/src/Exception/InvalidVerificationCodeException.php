<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_verification_code` (HTTP 400, error_code 4001): The verification code is wrong or expired.
 */
class InvalidVerificationCodeException extends HttpBadRequestException
{
}
