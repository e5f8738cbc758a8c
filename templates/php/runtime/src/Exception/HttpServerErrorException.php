<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** An error answered with HTTP 500 or above. */
class HttpServerErrorException extends ApiException
{
}
