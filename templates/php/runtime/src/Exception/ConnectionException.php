<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The request got no HTTP answer (connection refused, DNS, reset, TLS, a body cut off).
 * The message names the host, the cause and the call, never the query (it may hold a secret):
 * "cannot connect to 127.0.0.1:8080 (connection refused) for GET /auth/v1/user/me".
 */
class ConnectionException extends CloudBaseAuthException
{
    public function __construct(string $message, public readonly ?string $requestId = null)
    {
        parent::__construct($message);
    }
}
