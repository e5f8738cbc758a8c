<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests;

use CloudBase\Auth\Exception\ApiException;
use CloudBase\Auth\Internal\GeneratedSpec;
use CloudBase\Auth\Internal\HttpResponse;
use CloudBase\Auth\Tc3Credentials;
use CloudBase\Auth\Tests\Support\MockTransport;
use PHPUnit\Framework\TestCase;

/**
 * The shared vectors (generated/vectors, the files the Python, Go and Java clients pass), run
 * through the generated methods: a REQUEST case's call must send exactly its request; a
 * RESPONSE case's answer must become its result (and session) or its error; a SIGNATURE case
 * must sign to its Authorization. Skipped only where there is no generated client (the
 * runtime's own folder); tests/php checks that every case ran in generated/php.
 */
final class VectorsTest extends TestCase
{
    private static function directory(): ?string
    {
        $dir = getenv('CLOUDBASE_VECTORS') ?: __DIR__ . '/../../vectors';
        return is_file($dir . '/index.json') ? $dir : null;
    }

    /** @return iterable<string, array{0: string, 1: string, 2: \stdClass}> */
    public static function cases(): iterable
    {
        $dir = self::directory();
        if ($dir === null || !class_exists(\CloudBase\Auth\CloudBaseAuth::class)) {
            yield 'no generated client' => ['none', '', new \stdClass()];
            return;
        }
        $index = json_decode((string) file_get_contents($dir . '/index.json'), false, 512, JSON_THROW_ON_ERROR);
        foreach ($index->operations as $entry) {
            $file = json_decode((string) file_get_contents($dir . '/' . $entry->file), false, 512, JSON_THROW_ON_ERROR);
            $success = null;
            foreach ($file->responses as $r) {
                if (intdiv($r->response->status, 100) === 2 && isset($r->expect->result)) {
                    $success = $r->response;
                    break;
                }
            }
            foreach ($file->requests as $case) {
                $case->success = $success;
                yield $case->name => ['request', $file->operation_id, $case];
            }
            foreach ($file->responses as $case) {
                yield $case->name => ['response', $file->operation_id, $case];
            }
            foreach ($file->signatures ?? [] as $case) {
                yield $case->name => ['signature', $file->operation_id, $case];
            }
        }
    }

    /** @dataProvider cases */
    public function testVector(string $kind, string $operationId, \stdClass $case): void
    {
        if ($kind === 'none') {
            $this->markTestSkipped('the runtime alone: the vectors run in generated/php');
        }
        if (isset($case->unsupported)) {
            self::fail("{$case->name} is marked unsupported: {$case->unsupported}");
        }
        match ($kind) {
            'request' => $this->request($operationId, $case),
            'response' => $this->response($operationId, $case),
            'signature' => $this->signature($case),
            default => self::fail("unknown kind {$kind}"),
        };
    }

    public function testTheVectorsRanWhereTheClientIsGenerated(): void
    {
        if (!class_exists(\CloudBase\Auth\CloudBaseAuth::class)) {
            $this->markTestSkipped('the runtime alone: the vectors run in generated/php');
        }
        self::assertNotNull(self::directory(), 'no vectors: set CLOUDBASE_VECTORS to generated/vectors');
        self::assertNotEmpty(iterator_to_array(self::cases()));
    }

    private function request(string $operationId, \stdClass $case): void
    {
        $answer = $case->success ?? (object) ['status' => 200, 'headers' => (object) ['content-type' => 'application/json'], 'body' => new \stdClass()];
        [$auth, $transport, , $error] = $this->exchange($operationId, $case, $answer);
        self::assertNull($error, $case->name . ': the call failed: ' . ($error?->getMessage() ?? ''));
        self::assertCount(1, $transport->requests);
        $sent = $transport->requests[0];
        $want = $case->request;
        self::assertSame($want->method, $sent->method);
        self::assertSame($want->path, parse_url($sent->url, PHP_URL_PATH));
        $query = [];
        $raw = (string) parse_url($sent->url, PHP_URL_QUERY);
        foreach ($raw === '' ? [] : explode('&', $raw) as $pair) {
            [$k, $v] = explode('=', $pair, 2) + [1 => ''];
            $query[] = [rawurldecode($k), rawurldecode($v)];
        }
        $expected = array_map(static fn (array $p): array => [(string) $p[0], (string) $p[1]], $want->query);
        sort($query);
        sort($expected);
        self::assertSame($expected, $query, 'query');
        foreach ($want->headers as $name => $value) {
            self::assertSame($value, $sent->headers[strtolower($name)] ?? null, "header {$name}");
        }
        foreach ($want->header_patterns as $name => $pattern) {
            self::assertMatchesRegularExpression('~' . str_replace('~', '\~', $pattern) . '~', $sent->headers[strtolower($name)] ?? '', "header {$name}");
        }
        foreach ($want->absent_headers as $name) {
            self::assertArrayNotHasKey(strtolower($name), $sent->headers, "header {$name} must not be sent");
        }
        if ($want->body === null) {
            self::assertNull($sent->body, 'a body was sent');
        } else {
            self::assertNotNull($sent->body);
            self::assertSame(self::canonical($want->body), self::canonical(json_decode($sent->body, false, 512, JSON_THROW_ON_ERROR)), 'body');
        }
    }

    private function response(string $operationId, \stdClass $case): void
    {
        [$auth, $transport, $result, $error] = $this->exchange($operationId, $case, $case->response);
        self::assertCount(1, $transport->requests, 'one answer, one request (no retry, no refresh)');
        if (isset($case->expect->result)) {
            self::assertNull($error, $case->name . ': a documented success failed: ' . ($error?->getMessage() ?? ''));
            $fields = $result === null ? [] : json_decode((string) json_encode($result->toArray()), true);
            self::assertEquals(json_decode((string) json_encode($case->expect->result->fields), true), $fields, 'result');
            $token = $case->expect->session_after->access_token ?? null;
            self::assertSame($token, $auth->session()?->accessToken(), 'session after');
            return;
        }
        $want = $case->expect->error;
        self::assertInstanceOf(ApiException::class, $error, $case->name);
        self::assertSame([$want->status, $want->code], [$error->statusCode, $error->error]);
        if ($want->catalogued) {
            self::assertSame('CloudBase\\Auth\\Exception\\' . $want->name_stem . 'Exception', get_class($error));
        } else {
            self::assertNotInstanceOf(\CloudBase\Auth\Exception\InvalidResponseException::class, $error);
        }
        if (property_exists($want, 'error_code')) {
            self::assertSame($want->error_code, $error->errorCode);
        }
        if (isset($want->error_description)) {
            self::assertStringStartsWith($want->error_description, $error->errorDescription);
        }
        self::assertSame($case->call->request_id, $error->requestId);
    }

    private function signature(\stdClass $case): void
    {
        $in = $case->input;
        self::assertSame(['content-type', 'host'], array_keys(array_change_key_case((array) $in->headers)), 'the signer signs content-type and host');
        $credentials = new Tc3Credentials($case->credentials->secret_id, $case->credentials->secret_key, $case->credentials->session_token ?? null);
        $headers = array_change_key_case((array) $in->headers);
        self::assertSame($case->authorization, $credentials->authorization($in->method, $in->path, $in->query, $headers['host'], $headers['content-type'], $in->body, $in->timestamp));
    }

    /** @return array{0: \CloudBase\Auth\CloudBaseAuth, 1: MockTransport, 2: mixed, 3: ?\Throwable} */
    private function exchange(string $operationId, \stdClass $case, \stdClass $answer): array
    {
        $body = is_string($answer->body) ? json_encode($answer->body) : json_encode($answer->body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $transport = new MockTransport(new HttpResponse($answer->status, array_change_key_case((array) $answer->headers), (string) $body));
        $client = $case->client;
        $options = [
            'baseUrl' => $client->base_url, 'deviceId' => $client->device_id, 'maxRetries' => $client->max_retries,
            'clientId' => $client->client_id, 'transport' => $transport,
        ];
        if (isset($client->client_secret)) {
            $options['clientSecret'] = $client->client_secret;
        }
        if (isset($case->call->tc3)) {
            $options['secretId'] = $case->call->tc3->secret_id;
            $options['secretKey'] = $case->call->tc3->secret_key;
        }
        $auth = new \CloudBase\Auth\CloudBaseAuth($client->env_id, $options);
        if ($client->session !== null) {
            $auth->setSession((array) $client->session);
        }
        $arguments = self::arguments($operationId, (array) $case->call->arguments);
        $arguments['requestId'] = $case->call->request_id;
        $method = GeneratedSpec::METHODS[$operationId] ?? self::fail("the PHP client has no method for {$operationId}");
        try {
            return [$auth, $transport, $auth->{$method}(...$arguments), null];
        } catch (\Throwable $e) {
            return [$auth, $transport, null, $e];
        }
    }

    /**
     * Arguments by wire name into the method's named arguments (a wire name that is both a
     * parameter and a body field is the parameter, as in the other clients).
     *
     * @param array<string, mixed> $given
     * @return array<string, mixed>
     */
    private static function arguments(string $operationId, array $given): array
    {
        $byWire = [];
        foreach (GeneratedSpec::ARGUMENTS[$operationId] as [$wire, $name]) {
            $byWire[$wire] = $name;
        }
        $method = new \ReflectionMethod(\CloudBase\Auth\CloudBaseAuth::class, GeneratedSpec::METHODS[$operationId]);
        $types = [];
        foreach ($method->getParameters() as $parameter) {
            $types[$parameter->getName()] = (string) $parameter->getType();
        }
        $out = [];
        foreach ($given as $wire => $value) {
            $name = $byWire[$wire] ?? self::fail("{$operationId} has no argument for \"{$wire}\"");
            $value = self::plain($value);
            if (is_scalar($value) && !is_string($value) && str_contains($types[$name], 'string') && !str_contains($types[$name], 'int') && !str_contains($types[$name], 'bool')) {
                $value = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value; // a number given to a string parameter: its text
            }
            $out[$name] = $value;
        }
        return $out;
    }

    private static function plain(mixed $value): mixed
    {
        if ($value instanceof \stdClass) {
            $value = (array) $value;
        }
        return is_array($value) ? array_map([self::class, 'plain'], $value) : $value;
    }

    /** A JSON value with objects and arrays told apart, keys sorted, for an exact comparison. */
    private static function canonical(mixed $value): mixed
    {
        if ($value instanceof \stdClass) {
            $out = [];
            foreach ((array) $value as $k => $v) {
                $out[(string) $k] = self::canonical($v);
            }
            ksort($out);
            return ['{}' => $out];
        }
        if (is_array($value)) {
            return array_map([self::class, 'canonical'], $value);
        }
        return is_int($value) ? (float) $value : $value;
    }
}
