// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

//go:build unix

package cloudbase

import (
	"os"
	"path/filepath"
	"syscall"
)

// lockFile takes an exclusive flock on path (created 0600, never holding data) and returns
// its release. A file system without flock (or a read-only directory) gets no process lock:
// the in-process lock still holds, and writes report their own errors.
func lockFile(path string) func() {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return func() {}
	}
	file, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return func() {}
	}
	if err := syscall.Flock(int(file.Fd()), syscall.LOCK_EX); err != nil {
		_ = file.Close()
		return func() {}
	}
	return func() {
		_ = syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
		_ = file.Close()
	}
}
