<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Exception\NotSignedInException;
use CloudBase\Auth\Storage\MemoryStorage;
use CloudBase\Auth\Tests\Fixtures\TestClient;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;

/** What goes out: URL, query, headers, body, credentials. */
final class RequestTest extends TestCase
{
    public function testAnUnauthenticatedCallSendsClientIdDeviceAndAFreshRequestId(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::tokens()));
        $auth = $this->client($t);
        $auth->op('signIn', body: ['username' => 'alice', 'password' => 'Passw0rd!x', 'nickname' => null]);
        $auth->op('signIn', body: ['username' => 'alice', 'password' => 'Passw0rd!x']);
        $first = $t->requests[0];
        self::assertSame('POST', $first->method);
        self::assertSame('/auth/v1/signin', $first->path());
        self::assertSame(['client_id' => 'env-1'], $t->query(0));
        self::assertSame('device-0123456789abcdef', $first->headers['x-device-id']);
        self::assertSame('application/json', $first->headers['content-type']);
        self::assertSame(['username' => 'alice', 'password' => 'Passw0rd!x'], $t->body(0), 'null arguments are not sent');
        self::assertMatchesRegularExpression('/^[0-9a-f]{32}$/', $first->headers['x-request-id']);
        self::assertNotSame($first->headers['x-request-id'], $t->requests[1]->headers['x-request-id']);
        self::assertArrayNotHasKey('authorization', $first->headers);
    }

    public function testTheCallersRequestIdIsSent(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::tokens()));
        $this->client($t)->op('signIn', body: ['username' => 'a'], requestId: 'my-request-1');
        self::assertSame('my-request-1', $t->requests[0]->headers['x-request-id']);
    }

    public function testABearerCallSendsTheTokenAndNoClientId(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::tokens()), MockTransport::json(200, ['sub' => 'user-1']));
        $auth = $this->client($t);
        $auth->op('signIn', body: ['username' => 'a', 'password' => 'b']);
        $auth->op('getUserMe');
        self::assertSame('Bearer access-token-1', $t->requests[1]->headers['authorization']);
        self::assertSame([], $t->query(1));
        self::assertNull($t->requests[1]->body, 'a GET has no body');
    }

    public function testABearerCallWithoutASessionIsNotSignedIn(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $this->expectException(NotSignedInException::class);
        try {
            $this->client($t)->op('getUserMe');
        } finally {
            self::assertCount(0, $t->requests, 'nothing is sent');
        }
    }

    public function testPathParametersArePercentEncodedAndBooleansAreWords(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        $auth->op('unbindProvider', path: ['provider_id' => 'we chat/../x?y'], query: ['with_user_center' => true, 'other' => false]);
        self::assertSame('/auth/v1/user/provider/we%20chat%2F..%2Fx%3Fy', $t->requests[0]->path());
        self::assertSame(['with_user_center' => 'true', 'other' => 'false'], $t->query(0));
    }

    public function testAFixedValueIsSentWhenLeftOut(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::tokens()));
        $this->client($t)->op('signInCustom', body: ['ticket' => 'kid/@@/a.b.c']);
        self::assertSame(['ticket' => 'kid/@@/a.b.c', 'provider_id' => 'custom'], $t->body(0));
    }

    public function testAnEmptyBodyIsAJsonObject(): void
    {
        $t = new MockTransport(MockTransport::json(200, self::tokens()));
        $this->client($t)->op('signIn', body: []);
        self::assertSame('{}', $t->requests[0]->body);
    }

    public function testBasicAndBearerOrBasic(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t, ['clientId' => 'app-1', 'clientSecret' => 's3cret-value']);
        $auth->op('basicCall', body: []);
        self::assertSame('Basic ' . base64_encode('app-1:s3cret-value'), $t->requests[0]->headers['authorization']);
        $auth->op('getAuthorizeInfo');
        self::assertSame('Basic ' . base64_encode('app-1:s3cret-value'), $t->requests[1]->headers['authorization'], 'signed out: the client credentials');
        $auth->setSession(self::tokens());
        $auth->op('getAuthorizeInfo');
        self::assertSame('Bearer access-token-1', $t->requests[2]->headers['authorization'], 'signed in: the session');
    }

    public function testAnotherUsersTokenForOneCall(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        $auth->op('getUserMe', extraHeaders: ['Authorization' => 'Bearer someone-else']);
        self::assertSame('Bearer someone-else', $t->requests[0]->headers['authorization']);
    }

    public function testCredentialsAreNeverSentToAnotherHost(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $auth = $this->client($t);
        $auth->setSession(self::tokens());
        try {
            $auth->op('getUserMe', extraHeaders: ['Host' => 'evil.example']);
            self::fail('sent');
        } catch (ConfigurationException $e) {
            self::assertStringContainsString('refusing to send credentials to "evil.example"', $e->getMessage());
        }
        self::assertCount(0, $t->requests);
    }

    public function testAHeaderWithANewlineIsRefused(): void
    {
        $t = new MockTransport(MockTransport::json(200, []));
        $this->expectException(ConfigurationException::class);
        $this->client($t)->op('signIn', body: [], extraHeaders: ['X-Evil' => "a\r\nInjected: yes"]);
    }

    public function testTheDeviceIdIsKeptInTheStorage(): void
    {
        $storage = new MemoryStorage();
        $t = new MockTransport(MockTransport::json(200, []));
        $first = new TestClient('env-1', ['baseUrl' => self::BASE, 'transport' => $t, 'storage' => $storage]);
        $again = new TestClient('env-1', ['baseUrl' => self::BASE, 'transport' => $t, 'storage' => $storage]);
        self::assertMatchesRegularExpression('/^[0-9a-f]{32}$/', $first->deviceId());
        self::assertSame($first->deviceId(), $again->deviceId());
        self::assertSame($first->deviceId(), $storage->get('device_id'));
    }

    public function testRegions(): void
    {
        $mainland = new TestClient('env-1', ['region' => 'ap-guangzhou']);
        self::assertSame('https://env-1.api.tcloudbasegateway.com/auth/v1', $mainland->baseUrl());
        $abroad = new TestClient('env-1', ['region' => 'ap-singapore']);
        self::assertSame('https://env-1.api.intl.tcloudbasegateway.com/auth/v1', $abroad->baseUrl());
        $frankfurt = new TestClient('env-1', ['region' => 'eu-frankfurt']);
        self::assertSame('https://env-1.api.intl.tcloudbasegateway.com/auth/v1', $frankfurt->baseUrl());
        // The known regions are the spec's data (this test spec's two lists), not a list kept
        // in the runtime: a real region this spec does not name is refused like a misspelt one.
        foreach (['ap-shangai', 'AP-SHANGHAI', '', 'ap-tokyo'] as $wrong) {
            try {
                new TestClient('env-1', ['region' => $wrong]);
                self::fail("region {$wrong} accepted");
            } catch (ConfigurationException $e) {
                self::assertStringContainsString("unknown region \"{$wrong}\"", $e->getMessage());
                self::assertStringContainsString('ap-shanghai, ap-guangzhou, ap-singapore, eu-frankfurt', $e->getMessage(), 'the known regions are listed');
            }
        }
    }

    public function testBadOptionsAreOneLineErrors(): void
    {
        foreach ([
            [['baseUrl' => 'ftp://x/auth/v1'], 'absolute http(s) URL'],
            [['baseUrl' => 'http://x/auth/v1?a=1'], 'must not have a query'],
            [['timeOut' => 3], 'unknown option "timeOut"'],
            [['maxRetries' => -1], 'maxRetries'],
            [['timeout' => 0], 'timeout'],
            [['secretId' => 'AKID'], 'secretId and secretKey go together'],
        ] as [$options, $message]) {
            try {
                new TestClient('env-1', $options);
                self::fail(json_encode($options) . ' accepted');
            } catch (ConfigurationException $e) {
                self::assertStringContainsString($message, $e->getMessage());
                self::assertStringNotContainsString("\n", $e->getMessage());
            }
        }
    }
}
