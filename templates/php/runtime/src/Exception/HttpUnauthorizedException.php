<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** An error answered with HTTP 401 (and every catalogue code documented with it). */
class HttpUnauthorizedException extends ApiException
{
}
