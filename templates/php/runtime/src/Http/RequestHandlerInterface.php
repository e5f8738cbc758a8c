<?php

declare(strict_types=1);

namespace CloudBase\Auth\Http;

/** PSR-15's request handler, shaped without its types (see MiddlewareInterface). */
interface RequestHandlerInterface
{
    /**
     * @param object $request a PSR-7 ServerRequestInterface
     * @return object a PSR-7 ResponseInterface
     */
    public function handle(object $request): object;
}
