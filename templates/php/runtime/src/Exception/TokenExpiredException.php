<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The token's expiry (its `exp`) has passed; a TokenInactiveException too. Not to be confused
 * with ExpiredTokenException, the service's error code of the device-code grant.
 */
final class TokenExpiredException extends TokenInactiveException
{
}
