<?php

declare(strict_types=1);

namespace CloudBase\Auth\Http;

/**
 * PSR-15's middleware, shaped without its types: this package has no Composer dependency, so it
 * cannot name Psr\Http\Message\ServerRequestInterface. `process()` takes any PSR-7 server request
 * and PSR-15 request handler and returns the PSR-7 response one of them makes. In an application
 * that has psr/http-server-middleware, a class implementing its interface forwards to this one in
 * three lines (see the README).
 */
interface MiddlewareInterface
{
    /**
     * @param object $request a PSR-7 ServerRequestInterface
     * @param object $handler a PSR-15 RequestHandlerInterface (or a RequestHandlerInterface of this package)
     * @return object a PSR-7 ResponseInterface
     */
    public function process(object $request, object $handler): object;
}
