<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The base class of the token verifier's errors (CloudBase\Auth\Verifier\TokenVerifier):
 *
 *     TokenVerificationException
 *     ├── TokenInactiveException           the service says the token is not valid (revoked,
 *     │   │                                unknown, malformed): answer 401
 *     │   └── TokenExpiredException        ... because its expiry has passed
 *     └── VerificationUnavailableException the service could not be asked (down, timed out, an
 *                                          answer that is not the documented one): answer 503,
 *                                          never let the request in
 *
 * Messages never hold the token.
 */
abstract class TokenVerificationException extends CloudBaseAuthException
{
}
