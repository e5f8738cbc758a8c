<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Exception;

/** A client option or a call's argument is wrong (an unknown region, a bad base URL ...). */
class ConfigurationException extends CloudBaseAuthException
{
}
