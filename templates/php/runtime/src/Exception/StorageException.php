<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** A token file (or its lock file) that cannot be read, parsed, written or locked. The message
 * names the file and the cause, never a value. */
class StorageException extends CloudBaseAuthException
{
}
