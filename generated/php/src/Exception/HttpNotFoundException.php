<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** An error answered with HTTP 404 (and every catalogue code documented with it). */
class HttpNotFoundException extends ApiException
{
}
