<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * One HTTP request as the client sends it. It carries credentials: it shows only its method and
 * path (and header names).
 *
 * @internal
 */
final class HttpRequest
{
    /** @param array<string, string> $headers lower-case names */
    public function __construct(
        public readonly string $method,
        #[\SensitiveParameter] public readonly string $url,
        #[\SensitiveParameter] public readonly array $headers,
        #[\SensitiveParameter] public readonly ?string $body,
    ) {
    }

    public function path(): string
    {
        return (string) parse_url($this->url, PHP_URL_PATH);
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['method' => $this->method, 'url' => Redact::url($this->url), 'headers' => array_keys($this->headers)];
    }
}
