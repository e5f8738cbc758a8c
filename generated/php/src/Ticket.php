<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Exception\TicketException;

/**
 * Custom-login tickets, minted exactly as @cloudbase/node-sdk 3.18.3's createTicket (and the
 * Python, Go and Java clients): private_key_id . "/@@/" . a JWT, RS256 over the header
 * {"alg":"RS256","typ":"JWT"} and the payload, in this key order: alg ("RS256" again), env,
 * iat (now, epoch milliseconds), exp (iat + 600000: ten minutes), uid, refresh (a duration in
 * ms, default one hour) and expire (an absolute epoch time in ms, default iat + seven days).
 * RS256 (PKCS #1 v1.5) signatures are deterministic, so for the same key, clock and arguments
 * the bytes are the same as theirs. Keys under 2048 bits are accepted, as node-sdk does.
 */
final class Ticket
{
    public const LIFETIME_MS = 600000;
    public const DEFAULT_REFRESH_MS = 3600000;
    public const DEFAULT_EXPIRE_AFTER_MS = 604800000;
    /** node-sdk's checkCustomUserIdRegex */
    public const UID_PATTERN = '/^[a-zA-Z0-9_\-#@~=*(){}\[\]:.,<>+]{4,32}$/';
    private const UID_RULE = '4-32 characters from letters, digits and _-#@~=*(){}[]:.,<>+';
    private const HEADER = '{"alg":"RS256","typ":"JWT"}';

    /**
     * A custom-login ticket for $uid, for the signInCustom operation (POST /signin/custom).
     *
     * @param string|array<string, mixed> $credentials the path of the console's
     *        tcb_custom_login.json, or its content decoded (private_key_id, private_key, env_id)
     * @param string|null $envId must equal the credentials' env_id (default: theirs)
     * @param int|float $refresh the "refresh" claim: a duration in milliseconds
     * @param int|float|null $expire the "expire" claim: an absolute epoch time in milliseconds (default now + 7 days)
     * @param int|null $nowMs the issue time in epoch milliseconds (default: now; for tests)
     * @throws TicketException
     */
    public static function create(
        #[\SensitiveParameter] string|array $credentials,
        string $uid,
        ?string $envId = null,
        int|float $refresh = self::DEFAULT_REFRESH_MS,
        int|float|null $expire = null,
        ?int $nowMs = null,
    ): string {
        if (preg_match(self::UID_PATTERN, $uid) !== 1) {
            throw new TicketException('Invalid uid: ' . self::js($uid, 'uid') . ' (' . self::UID_RULE . ')');
        }
        $iat = $nowMs ?? (int) floor(microtime(true) * 1000);
        $creds = is_string($credentials) ? self::load($credentials) : $credentials;
        if ($envId !== null && $envId === '') {
            throw new TicketException('envId must be a non-empty string');
        }
        $credEnv = $creds['env_id'] ?? null;
        if (!is_string($credEnv) || $credEnv === '') {
            throw new TicketException('the credentials contain no env_id: download a new custom-login private key from the CloudBase console');
        }
        $env = $envId ?? $credEnv;
        if ($credEnv !== $env) {
            throw new TicketException("the credentials belong to env \"{$credEnv}\", not to \"{$env}\"");
        }
        $keyId = $creds['private_key_id'] ?? null;
        $pem = $creds['private_key'] ?? null;
        if (!is_string($keyId) || $keyId === '') {
            throw new TicketException('the credentials contain no private_key_id');
        }
        if (!is_string($pem) || trim($pem) === '') {
            throw new TicketException('the credentials contain no private_key');
        }
        $payload = '{"alg":"RS256","env":' . self::js($env, 'env_id')
            . ',"iat":' . $iat
            . ',"exp":' . ($iat + self::LIFETIME_MS)
            . ',"uid":' . self::js($uid, 'uid')
            . ',"refresh":' . self::number('refresh', $refresh)
            . ',"expire":' . ($expire === null ? $iat + self::DEFAULT_EXPIRE_AFTER_MS : self::number('expire', $expire))
            . '}';
        $signingInput = self::b64url(self::HEADER) . '.' . self::b64url($payload);
        return $keyId . '/@@/' . $signingInput . '.' . self::b64url(self::sign($signingInput, $pem));
    }

    /** @return array<string, mixed> */
    private static function load(string $path): array
    {
        $text = @file_get_contents($path);
        if ($text === false) {
            throw new TicketException("cannot read credentials file {$path}");
        }
        try {
            $data = json_decode($text, true, 8, JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new TicketException("credentials file {$path} is not valid JSON");
        }
        if (!is_array($data) || ($data !== [] && array_is_list($data))) {
            throw new TicketException("credentials file {$path} is not a JSON object");
        }
        return $data;
    }

    private static function sign(string $message, #[\SensitiveParameter] string $pem): string
    {
        $key = @openssl_pkey_get_private($pem);
        while (openssl_error_string() !== false) {
            // drain OpenSSL's error queue: its text could quote the key
        }
        if ($key === false) {
            if (str_contains($pem, 'PUBLIC KEY')) {
                throw new TicketException('private_key is a public key; a PEM RSA private key is needed');
            }
            throw new TicketException('private_key is not a PEM RSA private key');
        }
        $details = openssl_pkey_get_details($key);
        if ($details === false || $details['type'] !== OPENSSL_KEYTYPE_RSA) {
            throw new TicketException('private_key is not a PEM RSA private key');
        }
        $signature = '';
        if (!openssl_sign($message, $signature, $key, OPENSSL_ALGO_SHA256)) {
            while (openssl_error_string() !== false) {
            }
            throw new TicketException('private_key cannot sign with RS256');
        }
        return $signature;
    }

    /** JSON.stringify of a string: only '"', '\' and control characters escaped. */
    private static function js(string $text, string $what): string
    {
        try {
            return json_encode($text, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS | JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new TicketException("{$what} is not valid UTF-8");
        }
    }

    private static function number(string $name, int|float $value): string
    {
        if (is_float($value)) {
            if (!is_finite($value)) {
                throw new TicketException("{$name} must be a finite number of milliseconds");
            }
            if (floor($value) === $value && abs($value) < 9.0e15) {
                return (string) (int) $value; // JSON.stringify(3600000.0) is "3600000"
            }
            return json_encode($value, JSON_THROW_ON_ERROR);
        }
        return (string) $value;
    }

    private static function b64url(string $data): string
    {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }
}
