<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `provider_not_found` (HTTP 404, error_code 4004): The identity provider is unknown or not bound to
 * this user.
 */
class ProviderNotFoundException extends HttpNotFoundException
{
}
