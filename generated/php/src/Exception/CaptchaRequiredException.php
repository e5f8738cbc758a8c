<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `captcha_required` (HTTP 400, error_code 4028): Too many attempts; solve a captcha and retry with
 * its token.
 */
class CaptchaRequiredException extends HttpBadRequestException
{
}
