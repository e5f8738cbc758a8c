<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * The transport of ext-curl: HTTP/1.1, redirects never followed, only http and https, one
 * overall timeout per attempt (CURLOPT_TIMEOUT_MS covers connect and the whole answer, so a
 * server that trickles one byte at a time is cut off), the body cut off past $maxBytes.
 *
 * @internal
 */
final class CurlTransport implements Transport
{
    public function send(#[\SensitiveParameter] HttpRequest $request, float $timeout, int $maxBytes): HttpResponse
    {
        $handle = curl_init();
        if ($handle === false) {
            throw new TransportFailure('curl could not start', false);
        }
        $body = '';
        $tooLarge = false;
        $headers = [];
        $lines = [];
        foreach ($request->headers as $name => $value) {
            $lines[] = $name . ': ' . $value;
        }
        $lines[] = 'Expect:'; // no 100-continue round trip
        $millis = max(1, (int) ceil($timeout * 1000));
        $options = [
            CURLOPT_URL => $request->url,
            CURLOPT_CUSTOMREQUEST => $request->method,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_TIMEOUT_MS => $millis,
            CURLOPT_CONNECTTIMEOUT_MS => $millis,
            CURLOPT_NOSIGNAL => true,
            CURLOPT_WRITEFUNCTION => static function ($h, string $chunk) use (&$body, &$tooLarge, $maxBytes): int {
                if (strlen($body) + strlen($chunk) > $maxBytes) {
                    $tooLarge = true;
                    return 0; // stops the transfer
                }
                $body .= $chunk;
                return strlen($chunk);
            },
            CURLOPT_HEADERFUNCTION => static function ($h, string $line) use (&$headers): int {
                if (str_starts_with($line, 'HTTP/')) {
                    $headers = []; // a new response block (after a 100 Continue)
                } elseif (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $headers[strtolower(trim($name))] = trim($value);
                }
                return strlen($line);
            },
        ];
        if ($request->body !== null) {
            $options[CURLOPT_POSTFIELDS] = $request->body;
        } elseif ($request->method === 'HEAD') {
            $options[CURLOPT_NOBODY] = true;
        }
        curl_setopt_array($handle, $options);
        curl_exec($handle);
        $errno = curl_errno($handle);
        $error = strtolower(curl_error($handle));
        $status = (int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE);
        $connected = (float) curl_getinfo($handle, CURLINFO_CONNECT_TIME) > 0 || $status > 0;
        $osErrno = (int) curl_getinfo($handle, CURLINFO_OS_ERRNO);
        curl_close($handle);
        if ($tooLarge) {
            throw new TransportFailure("the answer is larger than {$maxBytes} bytes", true, false, true);
        }
        if ($errno !== 0) {
            throw self::failure($errno, $error, $connected, $osErrno);
        }
        return new HttpResponse($status, $headers, $body);
    }

    private static function failure(int $errno, string $error, bool $connected, int $osErrno): TransportFailure
    {
        return match ($errno) {
            CURLE_COULDNT_RESOLVE_HOST => new TransportFailure('host name not resolved', false),
            CURLE_COULDNT_CONNECT => new TransportFailure(self::connectCause($osErrno, $error), false),
            CURLE_OPERATION_TIMEDOUT => new TransportFailure('timed out', $connected, true),
            CURLE_SSL_CONNECT_ERROR => new TransportFailure('TLS handshake failed', true),
            CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT => new TransportFailure('TLS certificate rejected', true),
            CURLE_GOT_NOTHING => new TransportFailure('the server closed the connection without answering', true),
            CURLE_RECV_ERROR => new TransportFailure(str_contains($error, 'reset') ? 'connection reset' : 'the answer could not be read', true),
            CURLE_SEND_ERROR => new TransportFailure('the request could not be sent', true),
            CURLE_PARTIAL_FILE => new TransportFailure('the answer was cut off', true),
            default => new TransportFailure('transport error (curl ' . $errno . ')', $connected),
        };
    }

    /** Why a connection was not made, from the socket's errno (curl's own text says less). */
    private static function connectCause(int $osErrno, string $error): string
    {
        $named = [
            'connection refused' => [defined('SOCKET_ECONNREFUSED') ? SOCKET_ECONNREFUSED : 111, 111, 61],
            'host unreachable' => [defined('SOCKET_EHOSTUNREACH') ? SOCKET_EHOSTUNREACH : 113, 113, 65],
            'network unreachable' => [defined('SOCKET_ENETUNREACH') ? SOCKET_ENETUNREACH : 101, 101, 51],
            'connection timed out' => [defined('SOCKET_ETIMEDOUT') ? SOCKET_ETIMEDOUT : 110, 110, 60],
        ];
        foreach ($named as $cause => $numbers) {
            if ($osErrno !== 0 && in_array($osErrno, $numbers, true)) {
                return $cause;
            }
        }
        foreach (['refused' => 'connection refused', 'unreachable' => 'host unreachable'] as $needle => $cause) {
            if (str_contains($error, $needle)) {
                return $cause;
            }
        }
        return 'could not connect';
    }
}
