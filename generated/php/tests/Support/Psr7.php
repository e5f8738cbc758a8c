<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

/*
 * The smallest PSR-7/PSR-15/PSR-17-shaped objects TokenMiddleware needs (this package has no
 * Composer, so no PSR implementation to test with): what a framework's request, response,
 * response factory and handler offer, reduced to the methods the middleware calls. One file,
 * required by the tests that use it (and by tests/php's front controller under `php -S`).
 */

namespace CloudBase\Auth\Tests\Support\Psr7;

final class Uri
{
    public function __construct(private readonly string $path)
    {
    }

    public function getPath(): string
    {
        return $this->path;
    }
}

final class Stream
{
    private string $data = '';

    public function write(string $string): int
    {
        $this->data .= $string;
        return strlen($string);
    }

    public function __toString(): string
    {
        return $this->data;
    }
}

final class Response
{
    /** @var array<string, list<string>> */
    private array $headers = [];
    private Stream $body;

    public function __construct(private readonly int $status = 200)
    {
        $this->body = new Stream();
    }

    public function getStatusCode(): int
    {
        return $this->status;
    }

    /** @param string|list<string> $value */
    public function withHeader(string $name, string|array $value): static
    {
        $copy = clone $this;
        $copy->headers[strtolower($name)] = is_array($value) ? $value : [$value];
        return $copy;
    }

    public function getHeaderLine(string $name): string
    {
        return implode(', ', $this->headers[strtolower($name)] ?? []);
    }

    /** @return array<string, list<string>> */
    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getBody(): Stream
    {
        return $this->body;
    }

    public function __clone()
    {
        $body = new Stream();
        $body->write((string) $this->body);
        $this->body = $body;
    }
}

final class ResponseFactory
{
    public function createResponse(int $code = 200, string $reasonPhrase = ''): Response
    {
        return new Response($code);
    }
}

final class ServerRequest
{
    /** @var array<string, mixed> */
    private array $attributes = [];

    /** @param array<string, list<string>> $headers by lower-case name */
    public function __construct(private readonly string $path, private readonly array $headers = [])
    {
    }

    /**
     * The request of this PHP process, as a framework would build it from the globals.
     *
     * @param array<string, mixed> $server
     */
    public static function fromGlobals(array $server): self
    {
        $headers = [];
        foreach ($server as $name => $value) {
            if (is_string($value) && str_starts_with((string) $name, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr((string) $name, 5)))] = [$value];
            }
        }
        return new self((string) parse_url((string) ($server['REQUEST_URI'] ?? '/'), PHP_URL_PATH), $headers);
    }

    public function getUri(): Uri
    {
        return new Uri($this->path);
    }

    /** @return list<string> */
    public function getHeader(string $name): array
    {
        return $this->headers[strtolower($name)] ?? [];
    }

    public function withAttribute(string $name, mixed $value): static
    {
        $copy = clone $this;
        $copy->attributes[$name] = $value;
        return $copy;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }
}

/** A PSR-15-shaped handler from a closure; it counts its calls. */
final class Handler implements \CloudBase\Auth\Http\RequestHandlerInterface
{
    public int $calls = 0;

    /** @param \Closure(object): object $answer */
    public function __construct(private readonly \Closure $answer)
    {
    }

    public function handle(object $request): object
    {
        $this->calls++;
        return ($this->answer)($request);
    }
}
