<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * `provider_not_enabled` (HTTP 403, error_code 4003): The identity provider is not enabled for this
 * environment.
 */
class ProviderNotEnabledException extends HttpForbiddenException
{
}
