<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The base class of every error this package throws.
 *
 * The tree:
 *
 *     CloudBaseAuthException
 *     ├── ConnectionException          the request never got an HTTP answer
 *     │   └── TimeoutException         ... because the call's deadline passed
 *     ├── NotSignedInException         a bearer call with no usable session
 *     ├── StorageException             the token file cannot be read, written or locked
 *     ├── TicketException              a custom-login ticket cannot be made
 *     ├── ConfigurationException       a client option or argument is wrong
 *     ├── TokenVerificationException   TokenVerifier could not accept a caller's token
 *     │   ├── TokenInactiveException           not valid (revoked, unknown, malformed): 401
 *     │   │   └── TokenExpiredException        ... because it expired
 *     │   └── VerificationUnavailableException the service could not be asked: 503
 *     └── ApiException                 the service answered with an error (any status, a
 *         │                            2xx body carrying `error` included)
 *         ├── HttpBadRequestException          400
 *         ├── HttpUnauthorizedException        401
 *         ├── HttpForbiddenException           403
 *         ├── HttpNotFoundException            404
 *         ├── HttpConflictException            409
 *         ├── HttpTooManyRequestsException     429
 *         ├── HttpServerErrorException         5xx
 *         ├── GatewayException                 the access gateway's {code, message, requestId}
 *         ├── InvalidResponseException         an answer that is not the JSON the spec promises
 *         └── one class per code of the spec's error catalogue, under the status class of
 *             its documented status: InvalidGrantException extends HttpBadRequestException
 *
 * No message, property or trace of these exceptions holds a secret: descriptions are redacted
 * before they are stored, and every parameter that carries a secret is #[\SensitiveParameter].
 */
abstract class CloudBaseAuthException extends \RuntimeException
{
}
