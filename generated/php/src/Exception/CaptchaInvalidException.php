<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `captcha_invalid` (HTTP 400, error_code 4028): The captcha token is wrong or expired.
 */
class CaptchaInvalidException extends HttpBadRequestException
{
}
