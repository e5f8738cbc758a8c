<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth;

use CloudBase\Auth\Internal\Redact;
use CloudBase\Auth\Internal\Wire;

/**
 * The base of every generated request and response type: readonly, typed, and safe to show.
 *
 * Fields the spec marks x-secret (tokens, passwords, codes ...) are not properties: they live
 * outside the object (a static WeakMap keyed by it) and are read as `$model->accessToken`
 * (declared with @property-read), so var_dump, print_r, var_export, json_encode and string
 * conversion never reach them. Free-form objects (whose keys the spec does not know, so any of
 * them may be "password") are kept the same way and shown with their secret-named keys
 * redacted. `toArray()` gives every field by wire name, secrets included: it is for code that
 * means to send or store them.
 */
abstract class Model implements \JsonSerializable, \Stringable
{
    /** @var \WeakMap<Model, array<string, mixed>>|null */
    private static ?\WeakMap $secrets = null;

    /**
     * The fields: property name => [wire name, kind]. Kinds: "plain" (a property), "object" (a
     * property holding a nested type), "secret" (kept outside the object, shown [REDACTED]),
     * "map" (a free-form object, kept outside the object, shown with secret keys redacted).
     *
     * @return array<string, array{0: string, 1: string}>
     */
    abstract protected static function fields(): array;

    /**
     * The type read from one decoded JSON object of an answer.
     *
     * @param array<mixed> $data
     */
    abstract public static function fromArray(array $data, string $at = ''): static;

    final protected function keepSecret(string $property, #[\SensitiveParameter] mixed $value): void
    {
        self::$secrets ??= new \WeakMap();
        $kept = self::$secrets[$this] ?? [];
        $kept[$property] = $value;
        self::$secrets[$this] = $kept;
    }

    /** A field kept outside the object (see the class's @property-read list). */
    final public function __get(string $name): mixed
    {
        $fields = static::fields();
        if (!isset($fields[$name]) || !self::hidden($fields[$name][1])) {
            throw new \Error('Undefined property: ' . static::class . '::$' . $name);
        }
        return (self::$secrets[$this] ?? [])[$name] ?? null;
    }

    final public function __isset(string $name): bool
    {
        $fields = static::fields();
        return isset($fields[$name]) && self::hidden($fields[$name][1]) && isset((self::$secrets[$this] ?? [])[$name]);
    }

    final public function __set(string $name, mixed $value): void
    {
        throw new \Error('Cannot modify readonly property ' . static::class . '::$' . $name);
    }

    final public function __unset(string $name): void
    {
        throw new \Error('Cannot unset readonly property ' . static::class . '::$' . $name);
    }

    /**
     * Every set field by wire name, as JSON values (nested types as arrays, enums as their
     * values, date-times as RFC 3339). Secrets included: never log it.
     *
     * @return array<string, mixed>
     */
    final public function toArray(): array
    {
        $out = [];
        foreach (static::fields() as $property => [$wire]) {
            $value = $this->read($property);
            if ($value !== null) {
                $out[$wire] = self::plain($value);
            }
        }
        return $out;
    }

    /**
     * The JSON the client sends for this type: toArray() with objects kept objects ({} when
     * empty). Secrets included.
     *
     * @internal
     */
    final public function toWire(): \stdClass
    {
        $out = new \stdClass();
        foreach (static::fields() as $property => [$wire, $kind]) {
            $value = $this->read($property);
            if ($value !== null) {
                $out->{$wire} = self::wireValue($value, $kind === 'object' || $kind === 'map');
            }
        }
        return $out;
    }

    /** @internal a request value (a type, an enum, a date-time, a list of them ...) as JSON */
    public static function wireValue(#[\SensitiveParameter] mixed $value, bool $isObject = false): mixed
    {
        if ($value instanceof Model) {
            return $value->toWire();
        }
        if ($value instanceof \BackedEnum) {
            return $value->value;
        }
        if ($value instanceof \DateTimeInterface) {
            return Wire::formatDateTime($value);
        }
        if (is_array($value)) {
            if ($isObject && $value === []) {
                return new \stdClass();
            }
            return array_map(static fn (mixed $v): mixed => self::wireValue($v), $value);
        }
        return $value;
    }

    /** @return array<string, mixed> */
    public function __debugInfo(): array
    {
        return $this->shown();
    }

    public function jsonSerialize(): mixed
    {
        $shown = [];
        foreach (static::fields() as $property => [$wire, $kind]) {
            $value = $this->read($property);
            if ($value !== null) {
                $shown[$wire] = $kind === 'secret' ? Redact::REDACTED : Redact::value(self::plain($value));
            }
        }
        return $shown === [] ? new \stdClass() : $shown;
    }

    public function __toString(): string
    {
        $short = substr(static::class, (int) strrpos('\\' . static::class, '\\'));
        return $short . json_encode($this->jsonSerialize(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR);
    }

    /** @return list<string> */
    public function __sleep(): array
    {
        foreach (static::fields() as [, $kind]) {
            if (self::hidden($kind)) {
                throw new \LogicException(static::class . ' holds secrets and cannot be serialized: store toArray() on purpose instead');
            }
        }
        return array_keys(get_object_vars($this));
    }

    /** @return array<string, mixed> the set fields by property name, secrets [REDACTED] */
    private function shown(): array
    {
        $shown = [];
        foreach (static::fields() as $property => [, $kind]) {
            $value = $this->read($property);
            if ($value !== null) {
                $shown[$property] = $kind === 'secret' ? Redact::REDACTED : (is_array($value) ? Redact::value($value) : $value);
            }
        }
        return $shown;
    }

    private static function hidden(string $kind): bool
    {
        return $kind === 'secret' || $kind === 'map';
    }

    private function read(string $property): mixed
    {
        if (self::hidden(static::fields()[$property][1])) {
            return (self::$secrets[$this] ?? [])[$property] ?? null;
        }
        return $this->{$property} ?? null;
    }

    private static function plain(mixed $value): mixed
    {
        if ($value instanceof Model) {
            return $value->toArray();
        }
        if ($value instanceof \BackedEnum) {
            return $value->value;
        }
        if ($value instanceof \DateTimeInterface) {
            return Wire::formatDateTime($value);
        }
        if (is_array($value)) {
            return array_map(static fn (mixed $v): mixed => self::plain($v), $value);
        }
        return $value;
    }
}
