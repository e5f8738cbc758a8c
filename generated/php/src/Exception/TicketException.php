<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** A custom-login ticket cannot be made (bad uid, bad or mismatched credentials). Never shows the key. */
class TicketException extends CloudBaseAuthException
{
}
