<?php

declare(strict_types=1);

/*
 * A tiny HTTP server on 127.0.0.1 for the transport's tests, run as its own process: it prints
 * its port, then answers connections in the mode given: "trickle" (one byte every 0.2 s, for
 * at most 20 s), "big" (a 9 MiB JSON answer). It stops by itself after 30 s.
 */
$mode = $argv[1] ?? 'trickle';
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
if ($server === false) {
    fwrite(STDERR, "cannot listen: {$error}\n");
    exit(1);
}
$name = stream_socket_get_name($server, false);
echo substr((string) $name, strrpos((string) $name, ':') + 1), "\n";
flush();
$stop = microtime(true) + 30;
while (microtime(true) < $stop) {
    $client = @stream_socket_accept($server, 1.0);
    if ($client === false) {
        continue;
    }
    stream_set_timeout($client, 2);
    while (($line = fgets($client)) !== false && trim($line) !== '') {
        // the request's headers; its body (if any) is not read
    }
    if ($mode === 'big') {
        $body = '{"blob":"' . str_repeat('x', 9 * 1024 * 1024) . '"}';
        @fwrite($client, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n");
        for ($i = 0; $i < strlen($body); $i += 65536) {
            if (@fwrite($client, substr($body, $i, 65536)) === false) {
                break;
            }
        }
    } else {
        @fwrite($client, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        $until = microtime(true) + 20;
        while (microtime(true) < $until && @fwrite($client, ' ') !== false) {
            usleep(200000);
        }
    }
    @fclose($client);
}
