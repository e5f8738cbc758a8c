<?php

declare(strict_types=1);

namespace CloudBase\Auth\Tests\Support;

use CloudBase\Auth\Logger;

/** A Logger that keeps every line it is given, to check that none holds a secret. */
final class Recorder implements Logger
{
    /** @var list<array{0: mixed, 1: string, 2: array<string, mixed>}> */
    public array $lines = [];

    public function log(mixed $level, string|\Stringable $message, array $context = []): void
    {
        $this->lines[] = [$level, (string) $message, $context];
    }

    public function text(): string
    {
        return var_export($this->lines, true) . json_encode($this->lines);
    }
}
