<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\TicketException;
use CloudBase\Auth\Ticket;
use CloudBase\Auth\Tests\Support\TestCase;

/** Custom-login tickets (byte-for-byte parity with node-sdk is checked by tests/php in pytest). */
final class TicketTest extends TestCase
{
    private static function key(): \OpenSSLAsymmetricKey
    {
        $key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
        self::assertNotFalse($key);
        return $key;
    }

    /** @return array<string, string> */
    private static function credentials(\OpenSSLAsymmetricKey $key, string $env = 'env-1'): array
    {
        openssl_pkey_export($key, $pem);
        return ['private_key_id' => 'kid-1', 'private_key' => $pem, 'env_id' => $env];
    }

    public function testTheTicketIsAnRs256JwtWithMillisecondClaimsInNodeSdksOrder(): void
    {
        $key = self::key();
        $ticket = Ticket::create(self::credentials($key), 'user_0001', nowMs: 1758597487691);
        [$kid, $jwt] = explode('/@@/', $ticket);
        self::assertSame('kid-1', $kid);
        [$header, $payload, $signature] = explode('.', $jwt);
        $decode = static fn (string $s): string => (string) base64_decode(strtr($s, '-_', '+/'));
        self::assertSame('{"alg":"RS256","typ":"JWT"}', $decode($header));
        self::assertSame('{"alg":"RS256","env":"env-1","iat":1758597487691,"exp":1758598087691,"uid":"user_0001","refresh":3600000,"expire":1759202287691}', $decode($payload));
        $public = openssl_pkey_get_details($key)['key'];
        self::assertSame(1, openssl_verify($header . '.' . $payload, $decode($signature), $public, OPENSSL_ALGO_SHA256));
        self::assertSame($ticket, Ticket::create(self::credentials($key), 'user_0001', nowMs: 1758597487691), 'deterministic');
    }

    public function testCharactersJsonCouldEscapeStayAsJavascriptWritesThem(): void
    {
        $ticket = Ticket::create(self::credentials(self::key(), "环境-<&>/\u{2028}"), 'a<b>c+d[]:.,', nowMs: 1);
        $payload = (string) base64_decode(strtr(explode('.', explode('/@@/', $ticket)[1])[1], '-_', '+/'));
        self::assertStringContainsString("\"env\":\"环境-<&>/\u{2028}\"", $payload);
        self::assertStringContainsString('"uid":"a<b>c+d[]:.,"', $payload);
    }

    public function testRefusals(): void
    {
        $creds = self::credentials(self::key());
        foreach ([
            [fn () => Ticket::create($creds, 'abc'), 'Invalid uid: "abc"'],
            [fn () => Ticket::create($creds, 'has space'), 'Invalid uid'],
            [fn () => Ticket::create($creds, 'user_0001', envId: 'other-env'), 'belong to env "env-1", not to "other-env"'],
            [fn () => Ticket::create(['private_key_id' => 'k', 'private_key' => $creds['private_key']], 'user_0001'), 'no env_id'],
            [fn () => Ticket::create(['env_id' => 'e', 'private_key' => $creds['private_key']], 'user_0001'), 'no private_key_id'],
            [fn () => Ticket::create(['env_id' => 'e', 'private_key_id' => 'k', 'private_key' => 'not a key'], 'user_0001'), 'not a PEM RSA private key'],
            [fn () => Ticket::create('/nonexistent/tcb_custom_login.json', 'user_0001'), 'cannot read credentials file'],
        ] as [$make, $message]) {
            try {
                $make();
                self::fail("no error for {$message}");
            } catch (TicketException $e) {
                self::assertStringContainsString($message, $e->getMessage());
                self::assertStringNotContainsString('PRIVATE KEY', self::shown($e));
            }
        }
    }
}
