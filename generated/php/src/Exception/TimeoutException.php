<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** The call's deadline (its timeout: connect, every byte of the answer, retries and waits) passed. */
class TimeoutException extends ConnectionException
{
}
