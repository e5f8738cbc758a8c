<?php

declare(strict_types=1);

namespace CloudBase\Auth;

/**
 * Where the client logs (option "logger"). The method is shaped like PSR-3's log(), so a PSR-3
 * logger (Monolog ...) can be passed as it is: any object with a public log($level, $message,
 * $context) method is accepted. Levels: "debug" (each attempt, retry and answer) and "warning"
 * (a session that could not be stored). Messages and context never hold a secret.
 */
interface Logger
{
    /** @param array<string, mixed> $context */
    public function log(mixed $level, string|\Stringable $message, array $context = []): void;
}
