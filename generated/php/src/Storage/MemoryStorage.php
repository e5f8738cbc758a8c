<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Storage;

use CloudBase\Auth\Internal\Redact;

/** Keeps everything in this process's memory (the default). Shows its keys, never a value. */
final class MemoryStorage implements Storage
{
    /** @var array<string, \CloudBase\Auth\Internal\Secret> */
    private array $data = [];

    public function get(string $key): ?string
    {
        return isset($this->data[$key]) ? $this->data[$key]->reveal() : null;
    }

    public function set(string $key, #[\SensitiveParameter] string $value): void
    {
        $this->data[$key] = new \CloudBase\Auth\Internal\Secret($value);
    }

    public function delete(string $key): void
    {
        unset($this->data[$key]);
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return ['keys' => array_keys($this->data), 'values' => Redact::REDACTED];
    }
}
