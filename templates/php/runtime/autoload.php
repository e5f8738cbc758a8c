<?php

declare(strict_types=1);

/*
 * For a project without Composer: `require __DIR__ . '/path/to/cloudbase-auth/autoload.php';`
 * loads the CloudBase\Auth classes from src/ on first use (PSR-4, as composer.json says).
 */
spl_autoload_register(static function (string $class): void {
    $prefix = 'CloudBase\\Auth\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $relative = substr($class, strlen($prefix));
    if (preg_match('/^[A-Za-z0-9_\\\\]+$/', $relative) !== 1) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', $relative) . '.php';
    if (is_file($file)) {
        require $file;
    }
});
