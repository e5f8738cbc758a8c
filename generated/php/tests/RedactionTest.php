<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\ConnectionException;
use CloudBase\Auth\Internal\Redact;
use CloudBase\Auth\Internal\TransportFailure;
use CloudBase\Auth\Session;
use CloudBase\Auth\Storage\MemoryStorage;
use CloudBase\Auth\Tc3Credentials;
use CloudBase\Auth\Tests\Fixtures\SecretModel;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\Recorder;
use CloudBase\Auth\Tests\Support\TestCase;

/** No secret in var_dump, print_r, var_export, json_encode, string forms, logs, messages or traces. */
final class RedactionTest extends TestCase
{
    private const SECRETS = ['access-token-1', 'refresh-token-1', 'client-s3cret-value', 'key-s3cret-value', 'Hunter2-Passw0rd', 'vc-123456', 'sudo-tok-777'];

    private static function assertNoSecret(string $text): void
    {
        foreach (self::SECRETS as $secret) {
            self::assertStringNotContainsString($secret, $text);
        }
    }

    public function testTheClientSessionStorageAndCredentialsShowNoSecret(): void
    {
        $storage = new MemoryStorage();
        $auth = $this->client($t = new MockTransport(MockTransport::json(200, self::tokens())), [
            'clientSecret' => 'client-s3cret-value', 'secretId' => 'AKID1', 'secretKey' => 'key-s3cret-value', 'storage' => $storage,
        ]);
        $auth->op('signIn', body: ['username' => 'a', 'password' => 'Hunter2-Passw0rd']);
        $t->forget(); // the test's own recording of the exchange
        foreach ([$auth, $auth->session(), $storage, new Tc3Credentials('AKID1', 'key-s3cret-value')] as $object) {
            self::assertNoSecret(self::shown($object));
        }
        self::assertStringContainsString('signedIn=true', (string) $auth);
        self::assertSame('access-token-1', $auth->session()?->accessToken(), 'still there for the program that needs it');
    }

    public function testAModelShowsItsSecretFieldsAsRedacted(): void
    {
        $model = SecretModel::fromArray(['name' => 'n', 'password' => 'Hunter2-Passw0rd', 'extra' => ['sudo_token' => 'sudo-tok-777', 'ok' => 1]]);
        self::assertSame('Hunter2-Passw0rd', $model->password);
        self::assertTrue(isset($model->password));
        self::assertNoSecret(self::shown($model));
        self::assertStringContainsString('[REDACTED]', json_encode($model, JSON_THROW_ON_ERROR));
        self::assertSame(['name' => 'n', 'password' => 'Hunter2-Passw0rd', 'extra' => ['sudo_token' => 'sudo-tok-777', 'ok' => 1]], $model->toArray(), 'toArray is for sending: all of it');
        $this->expectException(\LogicException::class);
        serialize($model);
    }

    public function testAModelIsReadonly(): void
    {
        $model = new SecretModel('n', 'Hunter2-Passw0rd');
        try {
            $model->password = 'x'; // @phpstan-ignore-line
            self::fail('a secret field was written');
        } catch (\Error) {
        }
        $this->expectException(\Error::class);
        $model->name = 'other'; // @phpstan-ignore-line
    }

    public function testErrorsAndTheirTracesHoldNoSecret(): void
    {
        $auth = $this->client(
            new MockTransport(MockTransport::json(400, ['error' => 'invalid_argument', 'error_description' => 'bad verification_code vc-123456 for Hunter2-Passw0rd'])),
            ['clientSecret' => 'client-s3cret-value', 'maxRetries' => 0],
        );
        $auth->setSession(self::tokens());
        try {
            $auth->op('signIn', query: ['sudo_token' => 'sudo-tok-777'], body: ['password' => 'Hunter2-Passw0rd', 'verification_code' => 'vc-123456']);
            self::fail('no error');
        } catch (ApiException $e) {
            self::assertNoSecret(self::shown($e));
        }
        $auth = $this->client(new MockTransport(new TransportFailure('connection reset', true)), ['maxRetries' => 0]);
        $auth->setSession(self::tokens());
        try {
            $auth->op('getUserMe', query: ['sudo_token' => 'sudo-tok-777'], extraHeaders: ['X-Note' => 'x']);
            self::fail('no error');
        } catch (ConnectionException $e) {
            self::assertNoSecret(self::shown($e));
        }
    }

    public function testLogLinesHoldNoSecret(): void
    {
        $log = new Recorder();
        $auth = $this->client(new MockTransport(
            MockTransport::json(503, ['error' => 'unavailable']),
            MockTransport::json(200, self::tokens()),
            MockTransport::json(400, ['error' => 'invalid_argument', 'error_description' => 'Hunter2-Passw0rd']),
        ), ['logger' => $log]);
        $auth->op('signIn', query: ['captcha_token' => 'sudo-tok-777'], body: ['password' => 'Hunter2-Passw0rd', 'nested' => ['refresh_token' => 'refresh-token-1']]);
        try {
            $auth->op('signIn', body: ['password' => 'Hunter2-Passw0rd']);
        } catch (ApiException) {
        }
        self::assertGreaterThan(4, count($log->lines));
        self::assertNoSecret($log->text());
    }

    public function testRedactText(): void
    {
        $text = Redact::text('Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2ln and password=hunter22 and -----BEGIN PRIVATE KEY-----abc-----END PRIVATE KEY-----', ['literal-secret']);
        self::assertStringNotContainsString('eyJ', $text);
        self::assertStringNotContainsString('hunter22', $text);
        self::assertStringNotContainsString('abc', $text);
        self::assertSame('status code: 500', Redact::text('status code: 500'));
        self::assertSame(['a' => ['password' => '[REDACTED]', 'b' => 1]], Redact::value(['a' => ['password' => 'x', 'b' => 1]]));
    }

    public function testASessionCannotBeSerializedByAccident(): void
    {
        $this->expectException(\LogicException::class);
        serialize(new Session('access-token-1', 'refresh-token-1'));
    }
}
