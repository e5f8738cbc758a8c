<?php

declare(strict_types=1);

/*
 * A PHP backend behind `php -S` that lets requests in with the PHP client's TokenVerifier, for
 * tests/php/test_verifier.py. Two ways a PHP application would use it:
 *
 *   /plain/...  vanilla PHP: $verifier->requireBearer($_SERVER) (a refusal is answered there)
 *   /psr15/...  the PSR-15-shaped TokenMiddleware around a handler, with minimal PSR-7 objects
 *               (the package's tests/Support/Psr7.php); /psr15/health is a public path
 *
 * Configured by the environment: PACKAGE (the PHP package under test), BASE_URL (the service),
 * MAX_TTL, CACHE_DIR (a FileCache shared by every request and worker; unset: none) and
 * CLOCK_FILE (seconds added to this machine's clock, so a test moves time without sleeping).
 * Every answer is JSON and says how many introspections this request made.
 */

$package = (string) getenv('PACKAGE');
require $package . '/autoload.php';
require_once $package . '/tests/Support/Psr7.php';

use CloudBase\Auth\Cache\FileCache;
use CloudBase\Auth\CloudBaseAuth;
use CloudBase\Auth\Http\TokenMiddleware;
use CloudBase\Auth\Tests\Support\Psr7;
use CloudBase\Auth\TokenVerifier;
use CloudBase\Auth\VerifiedToken;

$clockFile = (string) getenv('CLOCK_FILE');
$clock = static function () use ($clockFile): float {
    $offset = $clockFile !== '' && is_file($clockFile) ? (float) file_get_contents($clockFile) : 0.0;
    return microtime(true) + $offset;
};
$auth = new CloudBaseAuth('emulator-env', ['baseUrl' => (string) getenv('BASE_URL'), 'maxRetries' => 0, 'timeout' => 20.0]);
$cacheDir = (string) getenv('CACHE_DIR');
$verifier = new TokenVerifier(
    $auth,
    maxTtl: (float) getenv('MAX_TTL'),
    cache: $cacheDir === '' ? null : new FileCache($cacheDir, $clock),
    clock: $clock,
);
$describe = static fn (?VerifiedToken $verified): string => json_encode([
    'sub' => $verified?->sub,
    'scope' => $verified?->scope,
    'introspections' => $verifier->introspections(),
    'pid' => getmypid(),
], JSON_THROW_ON_ERROR);

$path = (string) parse_url((string) $_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (str_starts_with($path, '/psr15/')) {
    $middleware = new TokenMiddleware($verifier, new Psr7\ResponseFactory(), publicPaths: ['/psr15/health']);
    $handler = new Psr7\Handler(static function (object $request) use ($describe): object {
        $response = (new Psr7\Response(200))->withHeader('Content-Type', 'application/json');
        $response->getBody()->write($describe($request->getAttribute(TokenMiddleware::ATTRIBUTE)));
        return $response;
    });
    $response = $middleware->process(Psr7\ServerRequest::fromGlobals($_SERVER), $handler);
    http_response_code($response->getStatusCode());
    foreach ($response->getHeaders() as $name => $values) {
        header($name . ': ' . implode(', ', $values));
    }
    echo $response->getBody();
    return;
}

$verified = $verifier->requireBearer($_SERVER); // a refusal is answered here, and the script ends
if ($path === '/plain/repeat') {
    // One request verifying the same token many times: the in-process cache asks once.
    for ($i = 0; $i < 50; $i++) {
        $verified = $verifier->verify(substr((string) $_SERVER['HTTP_AUTHORIZATION'], 7));
    }
}
header('Content-Type: application/json');
echo $describe($verified);
