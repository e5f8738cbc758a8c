<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The HTTP access gateway in front of the Auth service refused the call, in its own shape
 * {code, message, requestId} (for example INVALID_ENV): `error` holds its code,
 * `errorDescription` its message (redacted), `gatewayRequestId` its requestId. Whatever the
 * HTTP status (see `statusCode`), a gateway answer is this class.
 */
class GatewayException extends ApiException
{
    public function __construct(
        int $statusCode,
        string $error,
        ?int $errorCode = null,
        string $errorDescription = '',
        ?string $requestId = null,
        ?string $operation = null,
        public readonly ?string $gatewayRequestId = null,
    ) {
        parent::__construct($statusCode, $error, $errorCode, $errorDescription, $requestId, $operation);
    }
}
