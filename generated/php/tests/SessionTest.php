<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\HttpForbiddenException;
use CloudBase\Auth\Exception\HttpUnauthorizedException;
use CloudBase\Auth\Exception\NotSignedInException;
use CloudBase\Auth\Internal\HttpRequest;
use CloudBase\Auth\Session;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;

/** Sessions: stored, renewed before expiry and once on unauthenticated, cleared on invalid_grant. */
final class SessionTest extends TestCase
{
    public function testASignInBecomesTheSession(): void
    {
        $auth = $this->client(new MockTransport(MockTransport::json(200, self::tokens())));
        $auth->op('signIn', body: ['username' => 'a', 'password' => 'b']);
        $session = $auth->session();
        self::assertInstanceOf(Session::class, $session);
        self::assertSame('access-token-1', $session->accessToken());
        self::assertSame('refresh-token-1', $session->refreshToken());
        self::assertSame('2026-01-01T02:00:00+00:00', $session->expiresAt?->format(DATE_RFC3339));
    }

    public function testASessionAboutToExpireIsRefreshedOnceBeforeTheCall(): void
    {
        $t = new MockTransport(
            MockTransport::json(200, self::tokens('access-token-2', 'refresh-token-2')),
            MockTransport::json(200, ['sub' => 'user-1']),
        );
        $auth = $this->client($t, ['clientSecret' => 'client-s3cret']);
        $auth->setSession(self::tokens());
        $this->now += 7200 - 10; // within the 30 s skew
        $auth->op('getUserMe');
        self::assertSame('/auth/v1/token', $t->requests[0]->path());
        self::assertSame(
            ['grant_type' => 'refresh_token', 'refresh_token' => 'refresh-token-1', 'client_id' => 'env-1', 'client_secret' => 'client-s3cret'],
            $t->body(0),
        );
        self::assertArrayNotHasKey('authorization', $t->requests[0]->headers);
        self::assertSame('Bearer access-token-2', $t->requests[1]->headers['authorization']);
        $auth->op('getUserMe');
        self::assertCount(3, $t->requests, 'no second refresh');
    }

    public function testUnauthenticatedRefreshesOnceAndSendsOnceMore(): void
    {
        $t = new MockTransport(
            MockTransport::json(401, ['error' => 'unauthenticated', 'error_description' => 'token revoked']),
            MockTransport::json(200, self::tokens('access-token-2', 'refresh-token-2')),
            MockTransport::json(200, ['sub' => 'user-1']),
        );
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        self::assertSame(['sub' => 'user-1'], $auth->op('getUserMe'));
        self::assertSame(['/auth/v1/user/me', '/auth/v1/token', '/auth/v1/user/me'], array_map(fn (HttpRequest $r) => $r->path(), $t->requests));
        self::assertSame('Bearer access-token-2', $t->requests[2]->headers['authorization']);
    }

    public function testASecondRefusalIsThrownAsItIs(): void
    {
        $t = new MockTransport(
            MockTransport::json(401, ['error' => 'unauthenticated']),
            MockTransport::json(200, self::tokens('access-token-2', 'refresh-token-2')),
            MockTransport::json(401, ['error' => 'unauthenticated']),
        );
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        try {
            $auth->op('getUserMe');
            self::fail('no error');
        } catch (ApiException $e) {
            self::assertSame('unauthenticated', $e->error);
        }
        self::assertCount(3, $t->requests, 'one refresh, one resend, no loop');
    }

    public function testPermissionDeniedIsNotARefreshCase(): void
    {
        $t = new MockTransport(MockTransport::json(403, ['error' => 'permission_denied']));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        try {
            $auth->op('getUserMe');
            self::fail('no error');
        } catch (HttpForbiddenException $e) {
            self::assertSame(403, $e->statusCode);
        }
        self::assertCount(1, $t->requests);
        self::assertNotNull($auth->session());
    }

    public function testInvalidGrantClearsTheSession(): void
    {
        $t = new MockTransport(MockTransport::json(400, ['error' => 'invalid_grant', 'error_description' => 'refresh token refresh-token-1 is spent']));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        $this->now += 7200;
        try {
            $auth->op('getUserMe');
            self::fail('no error');
        } catch (ApiException $e) {
            self::assertSame('invalid_grant', $e->error);
            self::assertStringNotContainsString('refresh-token-1', $e->getMessage());
        }
        self::assertNull($auth->session());
    }

    public function testAnExpiredSessionWithoutRefreshTokenOrKeysIsNotSignedIn(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens('admin-token', null));
        $this->now += 7200;
        $this->expectException(NotSignedInException::class);
        $auth->op('getUserMe');
    }

    public function testAnAdministratorTokenIsRenewedWithTheKeyPair(): void
    {
        $t = new MockTransport(
            MockTransport::json(200, ['scope' => 'admin'] + self::tokens('admin-token-1', null, 432000)),
            MockTransport::json(200, ['scope' => 'admin'] + self::tokens('admin-token-2', null, 432000)),
            MockTransport::json(200, ['sub' => 'admin']),
        );
        $auth = $this->client($t, ['secretId' => 'AKIDexample', 'secretKey' => 'key-s3cret-value']);
        $auth->op('getClientCredential', body: []);
        self::assertSame('admin-token-1', $auth->session()?->accessToken());
        self::assertSame(['grant_type' => 'client_credentials'], $t->body(0));
        self::assertStringStartsWith('TC3-HMAC-SHA256 Credential=AKIDexample/2025-12-31/tcb/tc3_request', $t->requests[0]->headers['authorization']);
        $this->now += 432000;
        $auth->op('getUserMe');
        self::assertSame('/auth/v1/token/clientCredential', $t->requests[1]->path(), 'renewed with the key pair');
        self::assertSame('Bearer admin-token-2', $t->requests[2]->headers['authorization']);
        $auth->op('getUserMe');
        self::assertCount(4, $t->requests, 'once');
    }

    /**
     * The one admin-renewal rule of every client: only an administrator's session (no refresh
     * token AND "admin" among its scopes) is renewed with the key pair. A user's session without
     * a refresh token is never swapped for an administrator token, whatever happens to it.
     */
    public function testAUserSessionWithoutARefreshTokenIsNeverReplacedByAnAdministratorToken(): void
    {
        $admin = MockTransport::json(200, ['scope' => 'admin'] + self::tokens('admin-token-x', null, 432000));
        $t = new MockTransport(MockTransport::json(401, ['error' => 'unauthenticated', 'error_description' => 'token revoked']), $admin);
        $auth = $this->client($t, ['secretId' => 'AKIDexample', 'secretKey' => 'key-s3cret-value']);
        $auth->setSession(['scope' => 'user anonymous'] + self::tokens('user-token-1', null, 7200));
        try {
            $auth->op('getUserMe'); // refused by the service while the local clock still trusts it
            self::fail('no error');
        } catch (HttpUnauthorizedException $e) {
            self::assertSame('unauthenticated', $e->error);
        }
        try {
            $auth->refreshSession();
            self::fail('a user session without a refresh token was renewed');
        } catch (NotSignedInException $e) {
            self::assertStringContainsString('no refresh token', $e->getMessage());
        }
        $this->now += 7200; // expired by the local clock
        try {
            $auth->op('getUserMe');
            self::fail('an expired user session was used or replaced');
        } catch (NotSignedInException) {
        }
        self::assertCount(1, $t->requests, 'the key pair signed nothing');
        self::assertSame('user-token-1', $auth->session()?->accessToken(), 'the user session is not replaced');
        // "admin" must be a scope of its own, not part of another one.
        $auth->setSession(['scope' => 'administrators'] + self::tokens('user-token-2', null, 7200));
        $this->now += 7200;
        $this->expectException(NotSignedInException::class);
        try {
            $auth->op('getUserMe');
        } finally {
            self::assertCount(1, $t->requests);
        }
    }

    public function testAnExpiredAdministratorSessionIsRenewedWhenTheServiceRefusesIt(): void
    {
        $t = new MockTransport(
            MockTransport::json(401, ['error' => 'unauthenticated']),
            MockTransport::json(200, ['scope' => 'admin'] + self::tokens('admin-token-2', null, 432000)),
            MockTransport::json(200, ['sub' => 'admin']),
        );
        $auth = $this->client($t, ['secretId' => 'AKIDexample', 'secretKey' => 'key-s3cret-value']);
        $auth->setSession(['scope' => 'openid admin'] + self::tokens('admin-token-1', null, 432000));
        $auth->op('getUserMe');
        self::assertSame(['/auth/v1/user/me', '/auth/v1/token/clientCredential', '/auth/v1/user/me'], array_map(static fn ($r): string => $r->path(), $t->requests));
        self::assertSame('Bearer admin-token-2', $t->requests[2]->headers['authorization']);
        self::assertSame('admin-token-2', $auth->session()?->accessToken());
    }

    public function testRevokingTheSessionsOwnTokenEndsIt(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        $auth->op('revokeToken', body: ['token' => 'refresh-token-1']);
        self::assertNull($auth->session());
    }

    public function testRevokingAnotherUsersTokenKeepsTheSession(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        $auth->op('revokeToken', body: ['token' => 'someone-elses-token']);
        self::assertSame('access-token-1', $auth->session()?->accessToken());
        $auth->op('deleteUserMe', extraHeaders: ['Authorization' => 'Bearer someone-elses-token']);
        self::assertNotNull($auth->session(), 'a call with another bearer ends that one');
        $auth->op('revokeToken', body: []);
        self::assertNull($auth->session(), 'no token: the bearer, the session\'s own');
    }

    public function testSetSessionRefusesNoAccessToken(): void
    {
        $auth = $this->client(new MockTransport(MockTransport::json(200, [])));
        $this->expectException(ApiException::class);
        $auth->setSession(['expires_in' => 10]);
    }
}
