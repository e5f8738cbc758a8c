<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\CloudBaseAuth;
use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\HttpNotFoundException;
use CloudBase\Auth\Exception\InvalidGrantException;
use CloudBase\Auth\Exception\InvalidUsernameOrPasswordException;
use CloudBase\Auth\Exception\NotSignedInException;
use CloudBase\Auth\Storage\FileStorage;
use CloudBase\Auth\Ticket;
use PHPUnit\Framework\TestCase;

/**
 * The generated client's flows against the emulator over real HTTP on loopback (the same
 * flows as the Python and Go clients'). tests/php starts the emulator on a free port and sets
 * EMULATOR_URL; without it (or without the generated client) these tests are skipped.
 */
final class FlowsTest extends TestCase
{
    private const ENV = 'emulator-env';
    private const PASSWORD = 'Passw0rd!x-php-e2e';
    private static int $phone = 0;

    private static function emulator(): string
    {
        $url = getenv('EMULATOR_URL');
        if ($url === false || $url === '' || !class_exists(CloudBaseAuth::class)) {
            self::markTestSkipped('EMULATOR_URL is not set (tests/php/test_generated.py sets it)');
        }
        return rtrim($url, '/');
    }

    /** @return array<mixed> */
    private static function control(string $method, string $path, ?array $body = null): array
    {
        $context = stream_context_create(['http' => [
            'method' => $method,
            'header' => "Content-Type: application/json\r\n",
            'content' => $body === null ? '' : json_encode($body === [] ? new \stdClass() : $body),
            'ignore_errors' => true,
            'timeout' => 30,
        ]]);
        $raw = file_get_contents(self::emulator() . $path, false, $context);
        self::assertNotFalse($raw, "{$method} {$path}");
        return (array) json_decode($raw, true);
    }

    /** The emulator's clock minus this machine's: the client's clock follows the emulator's. */
    private static function offset(): float
    {
        return (float) self::control('GET', '/emulator/v1/clock')['now'] - microtime(true);
    }

    /** @param array<string, mixed> $options */
    private static function client(array $options = []): CloudBaseAuth
    {
        $offset = self::offset();
        return new CloudBaseAuth(self::ENV, $options + [
            'baseUrl' => self::emulator() . '/auth/v1',
            'maxRetries' => 0,
            'clock' => static fn (): float => microtime(true) + $offset,
        ]);
    }

    private static function nextPhone(): string
    {
        self::$phone = self::$phone ?: 13700000000 + random_int(1, 8999999);
        return '+86 ' . (++self::$phone);
    }

    private static function codeFor(string $target): string
    {
        $rows = self::control('GET', '/emulator/v1/verification-codes?target=' . rawurlencode($target))['data'];
        self::assertNotEmpty($rows, "no code for {$target}");
        return (string) end($rows)['code'];
    }

    private static function signUpBySms(CloudBaseAuth $auth, string $phone): \CloudBase\Auth\Model\TokenResponse
    {
        $sent = $auth->sendVerification(phoneNumber: $phone, target: 'ANY', usage: \CloudBase\Auth\Enum\Usage::Register);
        self::assertSame(600, $sent->expiresIn);
        $verified = $auth->verifyVerification(verificationId: $sent->verificationId, verificationCode: self::codeFor($phone));
        return $auth->signUp(phoneNumber: $phone, verificationToken: $verified->verificationToken, password: self::PASSWORD, username: 'php_e2e_' . substr(str_replace(' ', '', $phone), -8));
    }

    public function testAnonymousSignInThenTheProfile(): void
    {
        $auth = self::client();
        $tokens = $auth->signInAnonymously();
        self::assertSame('anonymous', $tokens->scope);
        self::assertSame($tokens->accessToken, $auth->session()?->accessToken());
        $me = $auth->getUserMe();
        self::assertSame($tokens->sub, $me->sub);
        self::assertInstanceOf(\DateTimeImmutable::class, $me->createdAt);
        ob_start();
        var_dump($tokens, $auth, $auth->session());
        $shown = ob_get_clean() . print_r($tokens, true) . var_export($tokens, true) . json_encode($tokens) . $tokens . $auth;
        self::assertStringNotContainsString($tokens->accessToken, $shown);
        self::assertStringNotContainsString((string) $tokens->refreshToken, $shown);
    }

    public function testSmsSignUpThenPasswordSignIn(): void
    {
        $auth = self::client();
        $phone = self::nextPhone();
        $tokens = self::signUpBySms($auth, $phone);
        $me = $auth->getUserMe();
        self::assertSame([$tokens->sub, $phone], [$me->sub, $me->phoneNumber]);
        $other = self::client();
        $other->signIn(username: $phone, password: self::PASSWORD);
        try {
            $other->signIn(username: $phone, password: 'Wr0ng-Passw0rd!php');
            self::fail('a wrong password signed in');
        } catch (InvalidUsernameOrPasswordException $e) {
            self::assertSame(400, $e->statusCode);
            self::assertNotNull($e->requestId);
            self::assertStringNotContainsString('Wr0ng-Passw0rd!php', $e->getMessage());
        }
    }

    public function testRefreshAfterExpiryThenSignOutThenASpentRefreshToken(): void
    {
        $auth = self::client();
        self::signUpBySms($auth, self::nextPhone());
        $before = $auth->session();
        self::assertNotNull($before);
        self::control('POST', '/emulator/v1/clock', ['advance_seconds' => 7300]);
        $auth->getUserMe(); // only the emulator's clock moved: refused, refreshed once, sent again
        $after = $auth->session();
        self::assertNotSame($before->accessToken(), $after?->accessToken());
        self::assertNotSame($before->refreshToken(), $after?->refreshToken());
        $auth->signOut();
        self::assertNull($auth->session());
        try {
            $auth->getUserMe();
            self::fail('signed out, still called');
        } catch (NotSignedInException) {
        }
        $stale = self::client();
        $stale->setSession($before);
        try {
            $stale->refreshSession();
            self::fail('a spent refresh token worked');
        } catch (InvalidGrantException) {
        }
        self::assertNull($stale->session(), 'invalid_grant clears the session');
    }

    public function testTheFileStorageKeepsTheSessionForTheNextProcess(): void
    {
        $path = sys_get_temp_dir() . '/cloudbase-auth-php-e2e-' . bin2hex(random_bytes(6)) . '/tokens.json';
        $auth = self::client(['storage' => new FileStorage($path)]);
        $auth->signInAnonymously();
        self::assertSame(0600, fileperms($path) & 0777);
        $again = self::client(['storage' => new FileStorage($path)]);
        self::assertSame($auth->getUserMe()->sub, $again->getUserMe()->sub);
        exec('rm -rf ' . escapeshellarg(dirname($path)));
    }

    public function testCustomLoginWithATicket(): void
    {
        $credentials = self::control('GET', '/emulator/v1/custom-login-credentials');
        $ticket = Ticket::create($credentials, 'php-user-1', nowMs: (int) floor((microtime(true) + self::offset()) * 1000));
        $auth = self::client();
        $tokens = $auth->signInCustom(ticket: $ticket); // provider_id "custom" is sent by itself
        self::assertSame($tokens->sub, $auth->getUserMe()->sub);
    }

    public function testAnAdministratorTokenFromTheKeyPairIsRenewedWhenItExpires(): void
    {
        self::control('POST', '/emulator/v1/admin-credentials', ['secret_id' => 'AKIDphpE2E', 'secret_key' => 'php-e2e-secret-key']);
        $auth = self::client(['secretId' => 'AKIDphpE2E', 'secretKey' => 'php-e2e-secret-key']);
        $admin = $auth->getClientCredential();
        self::assertNull($admin->refreshToken);
        self::assertSame($admin->accessToken, $auth->session()?->accessToken());
        self::control('POST', '/emulator/v1/clock', ['advance_seconds' => (int) $admin->expiresIn + 60]);
        $renewing = self::client(['secretId' => 'AKIDphpE2E', 'secretKey' => 'php-e2e-secret-key']);
        $renewing->setSession($auth->session() ?? self::fail('no session'));
        $renewing->queryUser(username: 'nobody-php-' . bin2hex(random_bytes(3)));
        self::assertNotSame($admin->accessToken, $renewing->session()?->accessToken(), 'a new administrator token');
    }

    public function testAUserSessionWithoutARefreshTokenIsNotReplacedByAnAdministratorToken(): void
    {
        self::control('POST', '/emulator/v1/admin-credentials', ['secret_id' => 'AKIDphpE2E', 'secret_key' => 'php-e2e-secret-key']);
        $first = self::client();
        $user = $first->signInAnonymously();
        $first->setSession(new \CloudBase\Auth\Session($user->accessToken, null, 'Bearer', $first->session()?->expiresAt, $user->scope, $user->sub));
        self::control('POST', '/emulator/v1/clock', ['advance_seconds' => (int) $user->expiresIn + 60]);
        $auth = self::client(['secretId' => 'AKIDphpE2E', 'secretKey' => 'php-e2e-secret-key']);
        $auth->setSession($first->session() ?? self::fail('no session'));
        try {
            $auth->getUserMe();
            self::fail('an expired user session was used, or replaced by an administrator token');
        } catch (NotSignedInException) {
        }
        self::assertSame($user->accessToken, $auth->session()?->accessToken());
        self::assertSame($user->sub, $auth->session()?->sub);
    }

    public function testRevokingAnotherUsersTokenKeepsTheSession(): void
    {
        $mine = self::client();
        $mine->signInAnonymously();
        $theirs = self::client();
        $other = $theirs->signInAnonymously();
        // Revoked as its owner would (its own bearer): this client's session is not the one that ends.
        $mine->revokeToken(token: $other->accessToken, extraHeaders: ['Authorization' => 'Bearer ' . $other->accessToken]);
        self::assertNotNull($mine->session());
        $mine->getUserMe();
        $mine->revokeToken();
        self::assertNull($mine->session());
    }

    public function testABaseUrlWithoutAuthV1SaysSo(): void
    {
        $base = self::emulator();
        $auth = new CloudBaseAuth(self::ENV, ['baseUrl' => $base, 'maxRetries' => 0]);
        try {
            $auth->signInAnonymously();
            self::fail('no error');
        } catch (HttpNotFoundException $e) {
            self::assertStringContainsString('the base URL must end in /auth/v1', $e->getMessage());
        } catch (ApiException $e) {
            self::fail('not a 404: ' . $e->getMessage());
        }
    }
}
