<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** An error answered with HTTP 400 (and every catalogue code documented with it). */
class HttpBadRequestException extends ApiException
{
}
