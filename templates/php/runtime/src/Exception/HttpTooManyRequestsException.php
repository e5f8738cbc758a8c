<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** An error answered with HTTP 429 (and every catalogue code documented with it). */
class HttpTooManyRequestsException extends ApiException
{
}
