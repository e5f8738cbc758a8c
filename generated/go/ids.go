// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"unicode"
)

// deviceIDKey is the storage key of the device id (the JS SDK's name).
const deviceIDKey = "device_id"

// newID is a fresh random id: 32 hex characters, a version-4 UUID without dashes (the SDK's).
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on supported platforms
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return hex.EncodeToString(b[:])
}

// loadDeviceID is the persistent x-device-id: a given id wins and is stored; else the stored
// one when it has 16-48 characters (the SDK's rule); else a new one, stored.
func loadDeviceID(storage Storage, given string) (string, error) {
	if given != "" {
		if len(given) >= 72 || !printable(given) {
			return "", errors.New("cloudbase: WithDeviceID: the device id must be 1-71 printable characters")
		}
		stored, ok, err := storage.Get(deviceIDKey)
		if err != nil {
			return "", err
		}
		if !ok || stored != given {
			if err := storage.Set(deviceIDKey, given); err != nil {
				return "", err
			}
		}
		return given, nil
	}
	stored, ok, err := storage.Get(deviceIDKey)
	if err != nil {
		return "", err
	}
	if ok && len(stored) >= 16 && len(stored) <= 48 {
		return stored, nil
	}
	id := newID()
	if err := storage.Set(deviceIDKey, id); err != nil {
		return "", err
	}
	return id, nil
}

func printable(s string) bool {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
