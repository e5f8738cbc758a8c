<?php

declare(strict_types=1);

namespace CloudBase\Auth\Storage;

/**
 * Where the client keeps its session and device id: a small string key-value store. Keys used:
 * "device_id" and "credentials_{client_id}" (the session as a JSON string), the names the JS
 * SDK and the Python, Go and Java clients use.
 */
interface Storage
{
    /** The value under $key, or null when there is none. */
    public function get(string $key): ?string;

    public function set(string $key, #[\SensitiveParameter] string $value): void;

    public function delete(string $key): void;
}
