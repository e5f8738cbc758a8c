<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

use CloudBase\Auth\Exception\InvalidResponseException;
use CloudBase\Auth\Model;

/**
 * Reads one decoded JSON object of an answer into typed values, for the generated models'
 * fromArray(). A value of the wrong type, or a required field that is missing, is an
 * InvalidResponseException that names the place ("UserProfile.created_at: expected a date-time
 * string"), never the value.
 *
 * @internal
 */
final class Wire
{
    /** @param array<mixed> $data */
    public function __construct(private readonly array $data, private readonly string $at)
    {
    }

    /** @param array<mixed>|mixed $data */
    public static function object(mixed $data, string $at): self
    {
        if (!is_array($data) || ($data !== [] && array_is_list($data))) {
            throw self::wrong($at, 'a JSON object', $data);
        }
        return new self($data, $at);
    }

    public function string(string $key, bool $required): ?string
    {
        $value = $this->take($key, $required);
        if ($value === null || is_string($value)) {
            return $value;
        }
        throw self::wrong($this->at . '.' . $key, 'a string', $value);
    }

    public function int(string $key, bool $required): ?int
    {
        return self::asInt($this->take($key, $required), $this->at . '.' . $key);
    }

    public function float(string $key, bool $required): ?float
    {
        return self::asFloat($this->take($key, $required), $this->at . '.' . $key);
    }

    public function bool(string $key, bool $required): ?bool
    {
        $value = $this->take($key, $required);
        if ($value === null || is_bool($value)) {
            return $value;
        }
        throw self::wrong($this->at . '.' . $key, 'true or false', $value);
    }

    public function dateTime(string $key, bool $required): ?\DateTimeImmutable
    {
        return self::asDateTime($this->take($key, $required), $this->at . '.' . $key);
    }

    /**
     * A closed enum: the case for a known value, the string itself for a value this version of
     * the client does not know (kept, never dropped).
     *
     * @template E of \BackedEnum
     * @param class-string<E> $enum
     * @return E|string|null
     */
    public function enum(string $key, bool $required, string $enum): \BackedEnum|string|null
    {
        return self::asEnum($this->take($key, $required), $this->at . '.' . $key, $enum);
    }

    /**
     * @template M of Model
     * @param class-string<M> $model
     * @return M|null
     */
    public function model(string $key, bool $required, string $model): ?Model
    {
        $value = $this->take($key, $required);
        return $value === null ? null : $model::fromArray(self::object($value, $this->at . '.' . $key)->data, $this->at . '.' . $key);
    }

    /**
     * A free-form JSON object, as an array.
     *
     * @return array<mixed>|null
     */
    public function map(string $key, bool $required): ?array
    {
        $value = $this->take($key, $required);
        return $value === null ? null : self::object($value, $this->at . '.' . $key)->data;
    }

    /**
     * A JSON array; each item read by $item(value, place).
     *
     * @template T
     * @param callable(mixed, string): T $item
     * @return list<T>|null
     */
    public function list(string $key, bool $required, callable $item): ?array
    {
        $value = $this->take($key, $required);
        if ($value === null) {
            return null;
        }
        $at = $this->at . '.' . $key;
        if (!is_array($value) || !array_is_list($value)) {
            throw self::wrong($at, 'a JSON array', $value);
        }
        $out = [];
        foreach ($value as $i => $v) {
            $out[] = $item($v, $at . '[' . $i . ']');
        }
        return $out;
    }

    /** Any JSON value, as decoded. */
    public function any(string $key, bool $required): mixed
    {
        return $this->take($key, $required);
    }

    // -- one value, for list items ---------------------------------------------------------

    public static function asString(mixed $value, string $at): ?string
    {
        if ($value === null || is_string($value)) {
            return $value;
        }
        throw self::wrong($at, 'a string', $value);
    }

    public static function asInt(mixed $value, string $at): ?int
    {
        if ($value === null || is_int($value)) {
            return $value;
        }
        if (is_float($value) && is_finite($value) && floor($value) === $value && abs($value) < 9.2e18) {
            return (int) $value; // 7200.0 is the integer 7200
        }
        throw self::wrong($at, 'an integer', $value);
    }

    public static function asFloat(mixed $value, string $at): ?float
    {
        if ($value === null || is_float($value)) {
            return $value;
        }
        if (is_int($value)) {
            return (float) $value;
        }
        throw self::wrong($at, 'a number', $value);
    }

    public static function asBool(mixed $value, string $at): ?bool
    {
        if ($value === null || is_bool($value)) {
            return $value;
        }
        throw self::wrong($at, 'true or false', $value);
    }

    public static function asDateTime(mixed $value, string $at): ?\DateTimeImmutable
    {
        if ($value === null) {
            return null;
        }
        // RFC 3339: the offset is kept as given (+08:00 stays +08:00, the same instant).
        if (!is_string($value) || preg_match('/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/', $value) !== 1) {
            throw self::wrong($at, 'an RFC 3339 date-time', $value);
        }
        try {
            $parsed = new \DateTimeImmutable(strtoupper($value));
        } catch (\Exception) {
            throw self::wrong($at, 'an RFC 3339 date-time', $value);
        }
        return $parsed;
    }

    /**
     * @template E of \BackedEnum
     * @param class-string<E> $enum
     * @return E|string|null
     */
    public static function asEnum(mixed $value, string $at, string $enum): \BackedEnum|string|null
    {
        if ($value === null) {
            return null;
        }
        if (!is_string($value)) {
            throw self::wrong($at, 'a string', $value);
        }
        return $enum::tryFrom($value) ?? $value;
    }

    /**
     * @template M of Model
     * @param class-string<M> $model
     * @return M|null
     */
    public static function asModel(mixed $value, string $at, string $model): ?Model
    {
        return $value === null ? null : $model::fromArray(self::object($value, $at)->data, $at);
    }

    /** @return array<mixed>|null */
    public static function asMap(mixed $value, string $at): ?array
    {
        return $value === null ? null : self::object($value, $at)->data;
    }

    /** RFC 3339, as the other clients write it back: UTC as "Z", fractions only when set. */
    public static function formatDateTime(\DateTimeInterface $value): string
    {
        $fraction = rtrim($value->format('u'), '0');
        $text = $value->format('Y-m-d\TH:i:s') . ($fraction === '' ? '' : '.' . $fraction);
        return $text . ($value->getOffset() === 0 ? 'Z' : $value->format('P'));
    }

    private function take(string $key, bool $required): mixed
    {
        $value = $this->data[$key] ?? null;
        if ($value === null && $required) {
            throw new InvalidResponseException(200, 'invalid_response', null, "the answer does not match the documented type: {$this->at}.{$key} is missing");
        }
        return $value;
    }

    private static function wrong(string $at, string $expected, mixed $got): InvalidResponseException
    {
        $kind = match (true) {
            is_string($got) => 'a string',
            is_int($got), is_float($got) => 'a number',
            is_bool($got) => 'a boolean',
            is_array($got) => array_is_list($got) && $got !== [] ? 'an array' : 'an object',
            default => get_debug_type($got),
        };
        return new InvalidResponseException(200, 'invalid_response', null, "the answer does not match the documented type: {$at} should be {$expected}, not {$kind}");
    }
}
