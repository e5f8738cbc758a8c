<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests\Support;

use CloudBase\Auth\Tests\Fixtures\TestClient;

abstract class TestCase extends \PHPUnit\Framework\TestCase
{
    public const BASE = 'https://env-1.example.test/auth/v1';

    /** @var list<float> */
    protected array $slept = [];
    protected float $now;

    protected function setUp(): void
    {
        $this->slept = [];
        $this->now = 1767225600.0; // 2026-01-01T00:00:00Z
    }

    /** @param array<string, mixed> $options */
    protected function client(MockTransport $transport, array $options = []): TestClient
    {
        return new TestClient('env-1', $options + [
            'baseUrl' => self::BASE,
            'transport' => $transport,
            'deviceId' => 'device-0123456789abcdef',
            'clock' => fn (): float => $this->now,
            'sleep' => function (float $seconds): void {
                $this->slept[] = $seconds;
            },
        ]);
    }

    /** @return array<string, mixed> a token response */
    protected static function tokens(string $access = 'access-token-1', ?string $refresh = 'refresh-token-1', int $expiresIn = 7200): array
    {
        $body = ['token_type' => 'Bearer', 'access_token' => $access, 'expires_in' => $expiresIn, 'scope' => 'user', 'sub' => 'user-1'];
        if ($refresh !== null) {
            $body['refresh_token'] = $refresh;
        }
        return $body;
    }

    /** Everything PHP can show of a value, in every way a user would show it. */
    protected static function shown(mixed $value): string
    {
        if ($value instanceof \Throwable) {
            // Its message, its trace as text, and every argument of the package's own frames
            // (the test runner's frames hold the whole test suite: not the package's business).
            $text = $value->getMessage() . $value->getTraceAsString() . json_encode($value, JSON_PARTIAL_OUTPUT_ON_ERROR);
            foreach ($value->getTrace() as $frame) {
                $class = $frame['class'] ?? '';
                if (str_starts_with($class, 'CloudBase\\Auth\\') && !str_starts_with($class, 'CloudBase\\Auth\\Tests\\')) {
                    foreach ($frame['args'] ?? [] as $arg) {
                        $text .= self::shown($arg);
                    }
                }
            }
            return $text;
        }
        ob_start();
        var_dump($value);
        $dumped = (string) ob_get_clean();
        $text = $dumped . print_r($value, true) . self::exported($value) . json_encode($value, JSON_PARTIAL_OUTPUT_ON_ERROR);
        if ($value instanceof \Stringable) {
            $text .= (string) $value;
        }
        return $text;
    }

    /** var_export, which refuses circular structures (then there is nothing it can show). */
    private static function exported(mixed $value): string
    {
        try {
            return var_export($value, true);
        } catch (\Throwable) {
            return '';
        }
    }
}
