<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `not_found` (HTTP 404, error_code 5): The resource does not exist.
 */
class NotFoundException extends HttpNotFoundException
{
}
