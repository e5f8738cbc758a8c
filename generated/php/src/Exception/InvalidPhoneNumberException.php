<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `invalid_phone_number` (HTTP 400, error_code 4001): The phone number is malformed (expected `+86
 * 13800000000`).
 */
class InvalidPhoneNumberException extends HttpBadRequestException
{
}
