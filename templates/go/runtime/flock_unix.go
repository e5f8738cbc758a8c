//go:build unix

package cloudbase

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// lockFile takes the token-file lock of convention v1 on path ("<token file>.lock"): opened
// (created 0600) with O_NOFOLLOW, checked to be a regular file, then an exclusive flock(2) and
// an exclusive POSIX record lock over the whole file, in that order. It returns the release
// (record lock, flock, then the one descriptor closed). A symbolic link or a non-regular file
// there is a *StorageError (the link's target is never created or opened). A directory that
// cannot hold the lock file (read-only) or a file system without these locks gets no lock
// between processes: the in-process lock still holds, and writes report their own errors.
//
// Both locks are waited for by polling without blocking (F_SETLK, not F_SETLKW), because a
// blocked system call cannot be interrupted by the call's context: its deadline still holds.
func lockFile(ctx context.Context, path string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return func() {}, nil
	}
	fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_CREAT|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0o600)
	switch {
	case errors.Is(err, syscall.ELOOP):
		return nil, &StorageError{Path: path, Op: "lock", Err: errors.New("the lock file is a symbolic link (refused)")}
	case errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EROFS):
		return func() {}, nil // a directory this process may not write: no lock to take there
	case errors.Is(err, syscall.EISDIR):
		return nil, &StorageError{Path: path, Op: "lock", Err: errNotRegular}
	case err != nil:
		return nil, &StorageError{Path: path, Op: "lock", Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		_ = syscall.Close(fd)
		return nil, &StorageError{Path: path, Op: "lock", Err: errNotRegular}
	}
	flocked, err := waitFor(ctx, func() (bool, error) {
		err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		return err == nil, busyOrNil(err)
	})
	if err != nil {
		_ = syscall.Close(fd)
		return nil, err
	}
	whole := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart, Start: 0, Len: 0}
	recordLocked, err := waitFor(ctx, func() (bool, error) {
		err := syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &whole)
		return err == nil, busyOrNil(err)
	})
	if err != nil {
		if flocked {
			_ = syscall.Flock(fd, syscall.LOCK_UN)
		}
		_ = syscall.Close(fd)
		return nil, err
	}
	return func() {
		if recordLocked {
			unlock := syscall.Flock_t{Type: syscall.F_UNLCK, Whence: io.SeekStart, Start: 0, Len: 0}
			_ = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &unlock)
		}
		if flocked {
			_ = syscall.Flock(fd, syscall.LOCK_UN)
		}
		_ = syscall.Close(fd)
	}, nil
}

// errBusy: someone else holds the lock; try again.
var errBusy = errors.New("busy")

// busyOrNil sorts a non-blocking lock attempt's error: held elsewhere (try again), or
// unsupported here (go on without that lock: nil).
func busyOrNil(err error) error {
	if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) || errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EINTR) {
		return errBusy
	}
	return nil
}

// waitFor repeats try until it takes the lock (true), finds it unsupported (false), or ctx
// ends (its error). The pause between attempts grows from 1 ms to 20 ms.
func waitFor(ctx context.Context, try func() (bool, error)) (bool, error) {
	pause := time.Millisecond
	for {
		ok, err := try()
		if err != errBusy {
			return ok, nil
		}
		timer := time.NewTimer(pause)
		select {
		case <-ctx.Done():
			timer.Stop()
			return false, ctx.Err()
		case <-timer.C:
		}
		if pause < 20*time.Millisecond {
			pause *= 2
		}
	}
}

// readRegular reads the file at path if it is a regular file (a symbolic link to one is
// followed); anything else is refused without being opened for reading (a FIFO would block
// the reader until some writer came). O_NONBLOCK makes even a FIFO put there after the check
// open at once, and the check is repeated on the open file.
func readRegular(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	file, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	if info, err := file.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	return io.ReadAll(file)
}
