<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Tests\Support;

use CloudBase\Auth\Internal\HttpRequest;
use CloudBase\Auth\Internal\HttpResponse;
use CloudBase\Auth\Internal\Transport;
use CloudBase\Auth\Internal\TransportFailure;

/**
 * The network of a unit test: records every request and answers from a handler (or a queue of
 * answers). A TransportFailure in the queue is thrown, as the real transport would.
 */
final class MockTransport implements Transport
{
    /** @var list<HttpRequest> */
    public array $requests = [];
    /** @var list<float> the timeout each attempt was given */
    public array $timeouts = [];
    /** @var list<HttpResponse|TransportFailure|\Closure(HttpRequest): HttpResponse> */
    private array $queue;

    /** @param HttpResponse|TransportFailure|\Closure(HttpRequest): HttpResponse ...$answers */
    public function __construct(HttpResponse|TransportFailure|\Closure ...$answers)
    {
        $this->queue = array_values($answers);
    }

    /** @param array<mixed>|string $body */
    public static function json(int $status, array|string $body, array $headers = []): HttpResponse
    {
        $text = is_string($body) ? $body : json_encode($body === [] ? new \stdClass() : $body, JSON_THROW_ON_ERROR);
        return new HttpResponse($status, array_change_key_case($headers + ['content-type' => 'application/json']), $text);
    }

    /** Drop what was recorded and queued (it holds what the test sent and answered). */
    public function forget(): void
    {
        $this->requests = [];
        $this->queue = [];
    }

    public function add(HttpResponse|TransportFailure|\Closure ...$answers): void
    {
        array_push($this->queue, ...$answers);
    }

    public function send(HttpRequest $request, float $timeout, int $maxBytes): HttpResponse
    {
        $this->requests[] = $request;
        $this->timeouts[] = $timeout;
        $answer = count($this->queue) > 1 ? array_shift($this->queue) : ($this->queue[0] ?? null);
        if ($answer === null) {
            throw new \LogicException('the mock transport has no answer for ' . $request->method . ' ' . $request->path());
        }
        if ($answer instanceof \Closure) {
            $answer = $answer($request);
        }
        if ($answer instanceof TransportFailure) {
            throw $answer;
        }
        if (strlen($answer->body) > $maxBytes) {
            throw new TransportFailure("the answer is larger than {$maxBytes} bytes", true, false, true);
        }
        return $answer;
    }

    /** @return array<mixed>|null the JSON body of request $i */
    public function body(int $i): ?array
    {
        $body = $this->requests[$i]->body;
        return $body === null ? null : json_decode($body, true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return array<string, string> the decoded query of request $i */
    public function query(int $i): array
    {
        $out = [];
        parse_str((string) parse_url($this->requests[$i]->url, PHP_URL_QUERY), $out);
        return $out;
    }
}
