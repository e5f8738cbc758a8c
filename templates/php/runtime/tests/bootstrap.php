<?php

declare(strict_types=1);

// The package's own autoloader (src/), and the tests' classes (tests/, PSR-4 as composer.json's
// autoload-dev): phpunit from Debian, no Composer.
require __DIR__ . '/../autoload.php';

spl_autoload_register(static function (string $class): void {
    $prefix = 'CloudBase\\Auth\\Tests\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
