<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\InvalidResponseException;
use CloudBase\Auth\Session;
use CloudBase\Auth\Tc3Credentials;
use CloudBase\Auth\Tests\Fixtures\SecretModel;
use CloudBase\Auth\Tests\Support\TestCase;

/** Date-times keep their instant; TC3's date is the UTC date; whatever the machine's zone. */
final class TimeTest extends TestCase
{
    public function testAnOffsetIsKeptNeverRelabelled(): void
    {
        $model = SecretModel::fromArray(['name' => 'n', 'created_at' => '2026-01-01T08:00:00+08:00']);
        self::assertSame(1767225600, $model->createdAt?->getTimestamp());
        self::assertSame('+08:00', $model->createdAt?->format('P'));
        self::assertSame('2026-01-01T08:00:00+08:00', $model->toArray()['created_at']);
        $utc = SecretModel::fromArray(['name' => 'n', 'created_at' => '2026-01-01T00:00:00.25Z']);
        self::assertSame('2026-01-01T00:00:00.25Z', $utc->toArray()['created_at']);
        self::assertSame(1767225600, $utc->createdAt?->getTimestamp());
    }

    public function testADateTimeThatIsNotRfc3339IsAnInvalidResponse(): void
    {
        foreach (['yesterday', '2026-01-01', 1767225600] as $bad) {
            try {
                SecretModel::fromArray(['name' => 'n', 'created_at' => $bad]);
                self::fail(var_export($bad, true) . ' accepted');
            } catch (InvalidResponseException $e) {
                self::assertStringContainsString('SecretModel.created_at should be an RFC 3339 date-time', $e->getMessage());
            }
        }
    }

    public function testTheTc3ScopeDateIsTheUtcDate(): void
    {
        $zone = date_default_timezone_get();
        date_default_timezone_set('Asia/Shanghai');
        try {
            $value = (new Tc3Credentials('AKID', 'key'))->authorization('POST', '/auth/v1/token/clientCredential', '', 'h', 'application/json', '{}', 1767225599);
            self::assertStringContainsString('Credential=AKID/2025-12-31/tcb/tc3_request', $value); // 07:59:59 on the 1st in Shanghai
        } finally {
            date_default_timezone_set($zone);
        }
    }

    public function testASessionExpiryIsAnInstant(): void
    {
        $session = Session::fromTokenResponse(['access_token' => 'a', 'expires_in' => 60], 1767225600.5);
        self::assertSame('2026-01-01T00:01:00.500000+00:00', $session->expiresAt?->format('Y-m-d\TH:i:s.uP'));
        $back = Session::fromStorage(json_decode($session->toStorage(), true));
        self::assertSame($session->expiresAtEpoch(), $back->expiresAtEpoch());
    }
}
