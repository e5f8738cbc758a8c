<?php

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

/**
 * A secret string that no way of showing an object reaches: the value lives outside the object
 * (a static WeakMap keyed by it), so var_dump, print_r, var_export, json_encode, serialize and
 * string conversion of whatever holds it show [REDACTED] or nothing.
 *
 * @internal
 */
final class Secret implements \JsonSerializable, \Stringable
{
    /** @var \WeakMap<Secret, string>|null */
    private static ?\WeakMap $values = null;

    public function __construct(#[\SensitiveParameter] string $value)
    {
        self::$values ??= new \WeakMap();
        self::$values[$this] = $value;
    }

    public function reveal(): string
    {
        return self::$values[$this] ?? '';
    }

    /** @return array<string, string> */
    public function __debugInfo(): array
    {
        return ['value' => Redact::REDACTED];
    }

    public function jsonSerialize(): string
    {
        return Redact::REDACTED;
    }

    public function __toString(): string
    {
        return Redact::REDACTED;
    }

    /** @return array<string, string> */
    public function __serialize(): array
    {
        throw new \LogicException('a secret cannot be serialized');
    }

    private function __clone()
    {
        // a clone would have no value (it is not a key of the map): secrets are shared, not copied
    }
}
