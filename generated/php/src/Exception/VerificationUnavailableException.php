<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/**
 * The service could not be asked about the token (unreachable, timed out, an error answer or one
 * that is not the documented one). The token is refused (fail closed): a middleware answers 503.
 * getPrevious() holds the client's error, when there is one.
 */
final class VerificationUnavailableException extends TokenVerificationException
{
}
