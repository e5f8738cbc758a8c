<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * A request that got no complete answer. `connected` false: the request never left this
 * machine, so a retry cannot run it twice.
 *
 * @internal
 */
final class TransportFailure extends \RuntimeException
{
    public function __construct(
        public readonly string $cause,
        public readonly bool $connected,
        public readonly bool $timedOut = false,
        public readonly bool $tooLarge = false,
    ) {
        parent::__construct($cause);
    }
}
