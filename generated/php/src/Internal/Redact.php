<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * Secrets out of everything the client shows: field values by name (the built-in names plus
 * the spec's x-secret ones), and secret-looking text (Bearer/Basic credentials, JWTs, PEM
 * private keys, password=... pairs, literal values the call involved).
 *
 * @internal
 */
final class Redact
{
    public const REDACTED = '[REDACTED]';

    /** Secret whatever the spec says (lower case); the same list as the Python and Go clients'. */
    public const BUILTIN = [
        'access_token', 'anonymous_token', 'authorization', 'captcha_token', 'client_secret', 'code',
        'code_verifier', 'confirm_password', 'device_code', 'encrypt_new_password', 'encrypt_password',
        'id_token', 'new_password', 'old_password', 'password', 'private_key', 'provider_access_token',
        'provider_code', 'provider_id_token', 'provider_token', 'provider_trans_token',
        'proxy-authorization', 'refresh_token', 'secret_key', 'secretkey', 'sudo_token', 'ticket',
        'token', 'verification_code', 'verification_token', 'x-captcha-token',
    ];

    /** @var array<string, true> the spec's x-secret names (lower case), set once by the client */
    private static array $extra = [];

    /** @param list<string> $names */
    public static function addSecretFields(array $names): void
    {
        foreach ($names as $name) {
            self::$extra[strtolower($name)] = true;
        }
    }

    public static function isSecretField(string $name): bool
    {
        $lowered = strtolower($name);
        return isset(self::$extra[$lowered]) || in_array($lowered, self::BUILTIN, true);
    }

    /**
     * A copy of a decoded JSON value (arrays, scalars) with the value of every secret-named
     * key replaced, at any depth.
     */
    public static function value(#[\SensitiveParameter] mixed $value): mixed
    {
        if (is_array($value)) {
            $out = [];
            foreach ($value as $key => $item) {
                $out[$key] = is_string($key) && self::isSecretField($key) ? self::REDACTED : self::value($item);
            }
            return $out;
        }
        if ($value instanceof \stdClass) {
            return self::value((array) $value);
        }
        return $value;
    }

    /**
     * Every non-empty string stored under a secret-named key, at any depth.
     *
     * @param list<string> $out
     */
    public static function collect(#[\SensitiveParameter] mixed $value, array &$out, bool $inside = false): void
    {
        if ($value instanceof \stdClass) {
            $value = (array) $value;
        }
        if (is_array($value)) {
            foreach ($value as $key => $item) {
                self::collect($item, $out, $inside || (is_string($key) && self::isSecretField($key)));
            }
        } elseif ($inside && is_string($value) && $value !== '') {
            $out[] = $value;
        }
    }

    /**
     * `$text` with the literal secret values (those of 4 characters or more: shorter ones would
     * mangle ordinary words) and secret-looking patterns replaced by [REDACTED].
     *
     * @param list<string> $secrets
     */
    public static function text(string $text, #[\SensitiveParameter] array $secrets = []): string
    {
        $literal = array_values(array_filter($secrets, static fn (string $s): bool => strlen($s) >= 4));
        usort($literal, static fn (string $a, string $b): int => strlen($b) <=> strlen($a));
        foreach ($literal as $secret) {
            $text = str_replace($secret, self::REDACTED, $text);
        }
        $text = (string) preg_replace('/-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/s', self::REDACTED, $text);
        $text = (string) preg_replace('/\b(Bearer|Basic)\s+[A-Za-z0-9._~+\/=-]+/i', '$1 ' . self::REDACTED, $text);
        $text = (string) preg_replace('/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/', self::REDACTED, $text);
        return (string) preg_replace_callback(
            '/(["\']?\b(?:' . self::keyPattern() . ')\b["\']?\s*[:=]\s*)(["\']?)([^"\'\s,&;}\]]+)/i',
            static fn (array $m): string => str_starts_with($m[3], '[REDACTED') ? $m[0] : $m[1] . $m[2] . self::REDACTED,
            $text,
        );
    }

    /** A URL with the values of secret-named query parameters replaced. */
    public static function url(string $url): string
    {
        $at = strpos($url, '?');
        if ($at === false) {
            return $url;
        }
        $pairs = [];
        foreach (explode('&', substr($url, $at + 1)) as $pair) {
            [$name] = explode('=', $pair, 2);
            $pairs[] = self::isSecretField(rawurldecode($name)) ? $name . '=' . rawurlencode(self::REDACTED) : $pair;
        }
        return substr($url, 0, $at + 1) . implode('&', $pairs);
    }

    private static function keyPattern(): string
    {
        static $pattern = null;
        if ($pattern === null) {
            // In free text "code" and "token" alone are too common ("status code: 500") to be keys.
            $names = array_filter(self::BUILTIN, static fn (string $n): bool => !str_contains($n, '-') && $n !== 'code' && $n !== 'token');
            usort($names, static fn (string $a, string $b): int => strlen($b) <=> strlen($a));
            $pattern = implode('|', array_map(static fn (string $n): string => preg_quote($n, '/'), $names));
        }
        return $pattern;
    }
}
