<?php

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** A call that needs the session's access token, with no session (or one that cannot be renewed). */
class NotSignedInException extends CloudBaseAuthException
{
}
