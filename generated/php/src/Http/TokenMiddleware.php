<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Http;

use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\TokenVerifier;

/**
 * PSR-15-shaped middleware: a request goes on to the handler only with a verified
 * `Authorization: Bearer` token (or for a public path), carrying the VerifiedToken as its
 * request attribute "cloudbase_auth.verified_token" (TokenMiddleware::ATTRIBUTE); otherwise the
 * answer is a 401 or 503 made by the PSR-17 response factory (see BearerGate for which).
 *
 *     $middleware = new TokenMiddleware($verifier, $responseFactory, publicPaths: ['/health']);
 *     $response = $middleware->process($serverRequest, $handler);
 *
 * The request is used through PSR-7's getUri()->getPath(), getHeader('Authorization') and
 * withAttribute(); the response through withHeader() and getBody()->write().
 */
final class TokenMiddleware implements MiddlewareInterface
{
    /** The request attribute that holds the VerifiedToken. */
    public const ATTRIBUTE = 'cloudbase_auth.verified_token';

    private readonly BearerGate $gate;

    /**
     * @param object $responseFactory a PSR-17 ResponseFactoryInterface (createResponse($code))
     * @param iterable<string> $publicPaths paths let through unauthenticated, exactly
     * @param iterable<string> $publicPrefixes paths starting with one of these let through
     */
    public function __construct(
        TokenVerifier $verifier,
        private readonly object $responseFactory,
        iterable $publicPaths = [],
        iterable $publicPrefixes = [],
        ?string $realm = null,
    ) {
        if (!method_exists($responseFactory, 'createResponse')) {
            throw new ConfigurationException('the response factory must be a PSR-17 ResponseFactoryInterface (createResponse($code))');
        }
        $this->gate = new BearerGate($verifier, $publicPaths, $publicPrefixes, $realm);
    }

    public function process(object $request, object $handler): object
    {
        foreach (['getUri', 'getHeader', 'withAttribute'] as $method) {
            if (!method_exists($request, $method)) {
                throw new ConfigurationException('the request must be a PSR-7 ServerRequestInterface (it has no ' . $method . '())');
            }
        }
        if (!method_exists($handler, 'handle')) {
            throw new ConfigurationException('the handler must be a PSR-15 RequestHandlerInterface (handle($request))');
        }
        if ($this->gate->isPublic((string) $request->getUri()->getPath())) {
            return $handler->handle($request);
        }
        $values = array_values(array_map('strval', (array) $request->getHeader('Authorization')));
        $outcome = $this->gate->check($values);
        if ($outcome instanceof Refusal) {
            $response = $this->responseFactory->createResponse($outcome->status);
            foreach ($outcome->headers as $name => $value) {
                $response = $response->withHeader($name, $value);
            }
            $response->getBody()->write($outcome->body());
            return $response;
        }
        return $handler->handle($request->withAttribute(self::ATTRIBUTE, $outcome));
    }
}
