<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Exception\GatewayException;
use CloudBase\Auth\Exception\HttpBadRequestException;
use CloudBase\Auth\Exception\HttpNotFoundException;
use CloudBase\Auth\Exception\HttpServerErrorException;
use CloudBase\Auth\Exception\InvalidResponseException;
use CloudBase\Auth\Internal\HttpResponse;
use CloudBase\Auth\Tests\Fixtures\TestClient;
use CloudBase\Auth\Tests\Support\MockTransport;
use CloudBase\Auth\Tests\Support\TestCase;

/** Every answer that is not a success is a typed exception, with a redacted one-line message. */
final class ErrorsTest extends TestCase
{
    private function refused(HttpResponse $answer, array $options = [], ?array $body = ['username' => 'a']): ApiException
    {
        $auth = $this->client(new MockTransport($answer), $options + ['maxRetries' => 0]);
        try {
            $auth->op('signIn', body: $body, requestId: 'rid-1');
        } catch (ApiException $e) {
            return $e;
        }
        self::fail('no exception');
    }

    public function testACatalogueCodeHasItsClassAndFields(): void
    {
        $e = $this->refused(MockTransport::json(400, ['error' => 'invalid_grant', 'error_code' => 4001, 'error_description' => 'ticket is invalid']));
        self::assertInstanceOf(HttpBadRequestException::class, $e);
        self::assertSame([400, 'invalid_grant', 4001, 'ticket is invalid', 'rid-1'], [$e->statusCode, $e->error, $e->errorCode, $e->errorDescription, $e->requestId]);
        self::assertSame('POST /auth/v1/signin: invalid_grant (HTTP 400, error_code 4001): ticket is invalid [request_id=rid-1]', $e->getMessage());
    }

    public function testUnknownCodesFallBackByStatus(): void
    {
        self::assertInstanceOf(HttpNotFoundException::class, $this->refused(MockTransport::json(404, ['error' => 'brand_new'])));
        self::assertInstanceOf(HttpServerErrorException::class, $this->refused(MockTransport::json(502, '<html>bad gateway</html>')));
        $e = $this->refused(MockTransport::json(418, []));
        self::assertSame(ApiException::class, get_class($e));
        self::assertSame('http_418', $e->error);
    }

    public function testAnErrorInsideA200IsAnError(): void
    {
        $e = $this->refused(MockTransport::json(200, ['error' => 'captcha_required', 'error_code' => '4028']));
        self::assertSame([200, 'captcha_required', 4028], [$e->statusCode, $e->error, $e->errorCode]);
    }

    public function testTheGatewayShape(): void
    {
        $e = $this->refused(MockTransport::json(403, ['code' => 'INVALID_ENV', 'message' => 'env not found', 'requestId' => 'gw-1']));
        self::assertInstanceOf(GatewayException::class, $e);
        self::assertSame(['INVALID_ENV', 'env not found', 'gw-1'], [$e->error, $e->errorDescription, $e->gatewayRequestId]);
    }

    public function testAnswersThatAreNotTheJsonPromisedAreInvalidResponses(): void
    {
        $deep = str_repeat('[', 600) . str_repeat(']', 600);
        foreach ([
            ['', 'the answer is blank'],
            ['<html>hello</html>', 'not JSON'],
            ['{"access_token": "abc', 'not JSON'],
            ['[1, 2]', 'not a JSON object'],
            ['{"a": ' . $deep . '}', 'nested deeper than 512'],
        ] as [$body, $message]) {
            $e = $this->refused(new HttpResponse(200, [], $body));
            self::assertInstanceOf(InvalidResponseException::class, $e, $body);
            self::assertSame('invalid_response', $e->error);
            self::assertStringContainsString($message, $e->getMessage());
        }
    }

    public function testAnAnswerLargerThanTheCapIsAnInvalidResponse(): void
    {
        $e = $this->refused(MockTransport::json(200, ['blob' => str_repeat('x', 5000)]), ['maxResponseBytes' => 4096]);
        self::assertInstanceOf(InvalidResponseException::class, $e);
        self::assertStringContainsString("larger than the client's limit of 4096 bytes", $e->getMessage());
    }

    public function testAnAnswerOfTheWrongShapeIsAnInvalidResponseNamingThePlace(): void
    {
        foreach ([[['name' => 42], 'SecretModel.name should be a string, not a number'], [[], 'SecretModel.name is missing'], [['name' => 'n', 'extra' => [1, 2]], 'SecretModel.extra should be a JSON object, not an array']] as [$data, $message]) {
            try {
                \CloudBase\Auth\Tests\Fixtures\SecretModel::fromArray($data);
                self::fail('accepted ' . json_encode($data));
            } catch (InvalidResponseException $e) {
                self::assertStringContainsString($message, $e->getMessage());
            }
        }
    }

    public function testA404FromABaseUrlWithoutAuthV1SaysSo(): void
    {
        $auth = new TestClient('env-1', ['baseUrl' => 'http://127.0.0.1:9/', 'transport' => new MockTransport(MockTransport::json(404, ['detail' => 'Not Found']))]);
        try {
            $auth->op('signIn', body: []);
            self::fail('no exception');
        } catch (HttpNotFoundException $e) {
            self::assertStringContainsString('the base URL must end in /auth/v1', $e->getMessage());
        }
    }

    public function testSecretsTheRequestCarriedAreRedactedFromTheDescription(): void
    {
        $e = $this->refused(
            MockTransport::json(400, ['error' => 'invalid_password', 'error_description' => 'password Hunter2-Secret! is too weak; refresh_token=abcdefgh12345']),
            body: ['username' => 'a', 'password' => 'Hunter2-Secret!'],
        );
        self::assertStringNotContainsString('Hunter2-Secret!', self::shown($e));
        self::assertStringNotContainsString('abcdefgh12345', $e->getMessage());
        self::assertStringContainsString('[REDACTED]', $e->errorDescription);
    }
}
