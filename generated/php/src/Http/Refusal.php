<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Http;

/**
 * The answer to a request whose Bearer token was not accepted: 401 (no token, a malformed
 * header, a token that is not active: `WWW-Authenticate: Bearer error="invalid_token"`) or 503
 * (the service could not be asked). The body is JSON {"error", "error_description"}; neither it
 * nor any header repeats the token.
 */
final class Refusal
{
    /** @param array<string, string> $headers by name, as sent */
    public function __construct(
        public readonly int $status,
        public readonly string $error,
        public readonly string $description,
        public readonly array $headers,
    ) {
    }

    public function body(): string
    {
        return json_encode(['error' => $this->error, 'error_description' => $this->description], JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    }

    /**
     * Answer it with PHP's own output functions and end the script (vanilla PHP, under any SAPI
     * that serves HTTP). When headers were already sent only the body can follow.
     */
    public function send(): never
    {
        if (!headers_sent()) {
            http_response_code($this->status);
            foreach ($this->headers as $name => $value) {
                header($name . ': ' . $value);
            }
        }
        echo $this->body();
        exit;
    }
}
