<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `failed_precondition` (HTTP 400, error_code 9): The call is not allowed in the account's current
 * state.
 */
class FailedPreconditionException extends HttpBadRequestException
{
}
