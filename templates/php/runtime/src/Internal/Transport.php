<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * Sends one request and returns the whole answer, within $timeout seconds (connect and every
 * byte of the answer) and at most $maxBytes of body. The seam for tests: a client built with
 * another transport never touches the network.
 *
 * @internal
 */
interface Transport
{
    /** @throws TransportFailure */
    public function send(#[\SensitiveParameter] HttpRequest $request, float $timeout, int $maxBytes): HttpResponse;
}
