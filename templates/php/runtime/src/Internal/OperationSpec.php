<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * What the request pipeline needs to know about one operation of the spec (the generated
 * GeneratedSpec holds one per operation).
 *
 * @internal
 */
final class OperationSpec
{
    public const AUTH_MODES = ['none', 'bearer', 'bearer_optional', 'bearer_or_basic', 'basic', 'secret_basic', 'tc3'];

    public function __construct(
        public readonly string $operationId,
        public readonly string $method,
        public readonly string $path, // relative to the base URL (which ends in /auth/v1)
        public readonly string $auth, // one of AUTH_MODES
        public readonly bool $storesSession = false, // a 2xx body is a token response: it becomes the session
        public readonly bool $clearsSession = false, // the local session is cleared after a 2xx
        public readonly bool $sendsClientId = false, // client_id goes in the query whenever no Bearer token is sent
        /** @var array<string, mixed> body fields with a fixed value (the IR type's const), sent when left out */
        public readonly array $fixed = [],
    ) {
        if (!in_array($auth, self::AUTH_MODES, true)) {
            throw new \InvalidArgumentException("{$operationId}: unknown auth mode \"{$auth}\"");
        }
    }
}
