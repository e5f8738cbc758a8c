<?php
// generated from spec/auth-v1.yaml by authgen, do not edit

declare(strict_types=1);

namespace CloudBase\Auth\Internal;

use CloudBase\Auth\Exception\ConfigurationException;
use CloudBase\Auth\Storage\Storage;

/** @internal */
final class Ids
{
    /** The storage key of the device id (the JS SDK's name). */
    public const DEVICE_ID_KEY = 'device_id';

    /** A fresh random id: 32 hex characters, a version-4 UUID without dashes (the SDK's). */
    public static function newId(): string
    {
        $bytes = random_bytes(16);
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        return bin2hex($bytes);
    }

    /**
     * The persistent x-device-id: a given id wins and is stored; else the stored one when it has
     * 16-48 characters (the SDK's rule); else a new one, stored.
     */
    public static function loadDeviceId(Storage $storage, ?string $given): string
    {
        if ($given !== null) {
            if ($given === '' || strlen($given) >= 72 || preg_match('/[^\x20-\x7e]/', $given) === 1) {
                throw new ConfigurationException('deviceId must be 1-71 printable ASCII characters');
            }
            if ($storage->get(self::DEVICE_ID_KEY) !== $given) {
                $storage->set(self::DEVICE_ID_KEY, $given);
            }
            return $given;
        }
        $stored = $storage->get(self::DEVICE_ID_KEY);
        if ($stored !== null && strlen($stored) >= 16 && strlen($stored) <= 48) {
            return $stored;
        }
        $id = self::newId();
        $storage->set(self::DEVICE_ID_KEY, $id);
        return $id;
    }
}
