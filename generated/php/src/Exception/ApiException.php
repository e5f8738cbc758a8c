<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The service answered with an error.
 *
 * `statusCode` is the HTTP status (it can be 2xx: the service sometimes reports an error
 * inside a 200), `error` the wire error code ("invalid_grant"), `errorCode` its number when
 * the service sent one, `errorDescription` the redacted description, `requestId` the
 * x-request-id the client sent.
 */
class ApiException extends CloudBaseAuthException
{
    public function __construct(
        public readonly int $statusCode,
        public readonly string $error,
        public readonly ?int $errorCode = null,
        public readonly string $errorDescription = '',
        public readonly ?string $requestId = null,
        public readonly ?string $operation = null,
    ) {
        $message = '';
        if ($operation !== null && $operation !== '') {
            $message .= $operation . ': ';
        }
        $message .= $error . ' (HTTP ' . $statusCode;
        if ($errorCode !== null) {
            $message .= ', error_code ' . $errorCode;
        }
        $message .= ')';
        if ($errorDescription !== '') {
            $message .= ': ' . $errorDescription;
        }
        if ($requestId !== null && $requestId !== '') {
            $message .= ' [request_id=' . $requestId . ']';
        }
        parent::__construct($message, $statusCode);
    }
}
