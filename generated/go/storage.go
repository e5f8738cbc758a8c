// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Storage is where the client keeps its session and device id: a small string key-value
// store. Keys used: "device_id" and "credentials_{client_id}" (a JSON session), the names the
// JS SDK and the Python client use. Implementations must be safe for concurrent use.
type Storage interface {
	// Get returns the value under key and whether there is one.
	Get(key string) (value string, ok bool, err error)
	Set(key, value string) error
	Delete(key string) error
}

// MemoryStorage keeps everything in this process's memory (the default).
type MemoryStorage struct {
	mu   sync.Mutex
	data map[string]string
	sems semaphores
}

// NewMemoryStorage returns an empty in-memory store.
func NewMemoryStorage() *MemoryStorage { return &MemoryStorage{data: map[string]string{}} }

func (m *MemoryStorage) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.data[key]
	return v, ok, nil
}

func (m *MemoryStorage) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.data == nil {
		m.data = map[string]string{}
	}
	m.data[key] = value
	return nil
}

func (m *MemoryStorage) Delete(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.data, key)
	return nil
}

func (m *MemoryStorage) refreshSemaphore(key string) chan struct{} { return m.sems.get(key) }

// String names the keys, never a value.
func (m *MemoryStorage) String() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return fmt.Sprintf("MemoryStorage(keys=%q)", keys)
}

// GoString is String (%#v shows no value).
func (m *MemoryStorage) GoString() string { return m.String() }

// StorageError is a token file that cannot be read, parsed or written. Its text names the
// file and the cause, never a value.
type StorageError struct {
	Path string
	Op   string // "read", "parse", "write"
	Err  error
}

func (e *StorageError) Error() string {
	switch e.Op {
	case "parse":
		return fmt.Sprintf("cloudbase: token file %s is not a JSON object of strings (%v): fix or delete it", e.Path, e.Err)
	default:
		return fmt.Sprintf("cloudbase: cannot %s token file %s: %v", e.Op, e.Path, e.Err)
	}
}

func (e *StorageError) Unwrap() error { return e.Err }

// FileStorage keeps a JSON object of strings in one file, rewritten atomically (a temporary
// file in the same directory, mode 0600, then rename) on every change. A path that exists and
// is not a regular file (a FIFO, a directory, a device; a symbolic link to one) is refused
// with a *StorageError, never opened for reading.
//
// Python, Go, Java and PHP clients may share one file; they follow the token-file lock
// convention (v1): every read-modify-write of the file and every refresh of a session kept in
// it happens under the lock of "<path>.lock" beside it (mode 0600, never holding data, never
// deleted, opened with O_NOFOLLOW: a symbolic link there is refused). On Unix that lock is an
// exclusive flock(2) and an exclusive POSIX record lock (fcntl, whole file), taken in that
// order and released in reverse, so a Go process excludes every other client. Within this
// process, every FileStorage of one file shares the lock, held by one goroutine at a time. On
// other systems (Windows) the lock serialises the goroutines of one process only: give each
// process its own file there.
type FileStorage struct {
	path string
	lock *fileLock
}

// fileLock is the lock of one token file in this process, shared by every FileStorage of it
// (key: the lock file's real path). sem is held by one goroutine at a time (a channel, so a
// call's context can end the wait); the holder alone opens the lock file and keeps its one
// descriptor until it releases (closing any descriptor of a file drops the process's POSIX
// locks on it, so no other one is opened meanwhile).
type fileLock struct {
	path string
	sem  chan struct{}
}

var (
	fileLocksMu sync.Mutex
	fileLocksBy = map[string]*fileLock{}
)

// NewFileStorage returns a store for the file at path ("~/" is expanded). The file and its
// directory are created on the first write.
func NewFileStorage(path string) (*FileStorage, error) {
	if strings.HasPrefix(path, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, &StorageError{Path: path, Op: "locate", Err: err}
		}
		path = filepath.Join(home, path[2:])
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &StorageError{Path: path, Op: "locate", Err: err}
	}
	lockPath := abs + ".lock"
	key := realPath(lockPath)
	fileLocksMu.Lock()
	lock, ok := fileLocksBy[key]
	if !ok {
		lock = &fileLock{path: lockPath, sem: make(chan struct{}, 1)}
		fileLocksBy[key] = lock
	}
	fileLocksMu.Unlock()
	return &FileStorage{path: abs, lock: lock}, nil
}

// realPath resolves the symbolic links of the longest part of path that exists (the rest may
// not exist yet), so two spellings of one file share one lock.
func realPath(path string) string {
	rest := []string{}
	for dir := path; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		if filepath.Dir(dir) == dir {
			return path
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
	}
}

// Path is the file's absolute path.
func (f *FileStorage) Path() string { return f.path }

// LockPath is the lock file's path: Path() + ".lock".
func (f *FileStorage) LockPath() string { return f.path + ".lock" }

func (f *FileStorage) String() string   { return fmt.Sprintf("FileStorage(%q)", f.path) }
func (f *FileStorage) GoString() string { return f.String() }

func (f *FileStorage) read() (map[string]string, error) {
	raw, err := readRegular(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, &StorageError{Path: f.path, Op: "read", Err: causeOf(err)}
	}
	data := map[string]string{}
	if strings.TrimSpace(string(raw)) == "" {
		return data, nil
	}
	if err := json.Unmarshal(raw, &data); err != nil {
		// The decoder's message names a position and a type, never the file's content.
		return nil, &StorageError{Path: f.path, Op: "parse", Err: errors.New(parseCause(err))}
	}
	if data == nil { // the file held JSON null
		return nil, &StorageError{Path: f.path, Op: "parse", Err: errors.New("null")}
	}
	return data, nil
}

// errNotRegular: the token file or the lock file is a FIFO, a directory, a device ...
var errNotRegular = errors.New("not a regular file")

func parseCause(err error) string {
	var syntax *json.SyntaxError
	var typed *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("invalid JSON at byte %d", syntax.Offset)
	case errors.As(err, &typed):
		return fmt.Sprintf("a JSON %s where a string or object was expected", typed.Value)
	}
	return "invalid JSON"
}

// causeOf strips the path from an *fs.PathError (the StorageError names it already).
func causeOf(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}

func (f *FileStorage) write(data map[string]string) error {
	dir := filepath.Dir(f.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &StorageError{Path: f.path, Op: "write", Err: causeOf(err)}
	}
	raw, err := json.Marshal(data) // keys sorted: the file is deterministic
	if err != nil {
		return &StorageError{Path: f.path, Op: "write", Err: err}
	}
	// CreateTemp makes the file with mode 0600 before anything is written to it.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(f.path)+".*.tmp")
	if err != nil {
		return &StorageError{Path: f.path, Op: "write", Err: causeOf(err)}
	}
	name := tmp.Name()
	fail := func(err error) error {
		_ = tmp.Close()
		_ = os.Remove(name)
		return &StorageError{Path: f.path, Op: "write", Err: causeOf(err)}
	}
	if _, err := tmp.Write(raw); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(name, f.path); err != nil {
		_ = os.Remove(name)
		return &StorageError{Path: f.path, Op: "write", Err: causeOf(err)}
	}
	return nil
}

// Get reads the file (replaced atomically, so a read needs no lock). A file that is not a
// JSON object of strings, or not a regular file, is a *StorageError naming it.
func (f *FileStorage) Get(key string) (string, bool, error) {
	data, err := f.read()
	if err != nil {
		return "", false, err
	}
	v, ok := data[key]
	return v, ok, nil
}

// Set stores value under key, under the file's lock.
func (f *FileStorage) Set(key, value string) error {
	held, unlock, err := f.lockStore(context.Background())
	if err != nil {
		return err
	}
	defer unlock()
	return held.Set(key, value)
}

// Delete removes key, under the file's lock.
func (f *FileStorage) Delete(key string) error {
	held, unlock, err := f.lockStore(context.Background())
	if err != nil {
		return err
	}
	defer unlock()
	return held.Delete(key)
}

// lockStore takes the file's lock (convention v1), waiting until ctx ends, and returns the
// store as its holder sees it (its Set and Delete take no lock again, and locking it again is
// a no-op: the lock is re-entrant for its holder) and the release.
func (f *FileStorage) lockStore(ctx context.Context) (Storage, func(), error) {
	select {
	case f.lock.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	unlockFile, err := lockFile(ctx, f.lock.path)
	if err != nil {
		<-f.lock.sem
		var storageErr *StorageError
		if errors.As(err, &storageErr) || ctx.Err() != nil {
			return nil, nil, err
		}
		return nil, nil, &StorageError{Path: f.lock.path, Op: "lock", Err: causeOf(err)}
	}
	return &heldFileStorage{f}, func() {
		unlockFile()
		<-f.lock.sem
	}, nil
}

// heldFileStorage is a FileStorage seen by the holder of its lock.
type heldFileStorage struct{ f *FileStorage }

func (h *heldFileStorage) Get(key string) (string, bool, error) { return h.f.Get(key) }

func (h *heldFileStorage) Set(key, value string) error {
	return h.f.change(func(data map[string]string) bool {
		data[key] = value
		return true
	})
}

func (h *heldFileStorage) Delete(key string) error {
	return h.f.change(func(data map[string]string) bool {
		if _, ok := data[key]; !ok {
			return false
		}
		delete(data, key)
		return true
	})
}

func (h *heldFileStorage) lockStore(context.Context) (Storage, func(), error) {
	return h, func() {}, nil
}

func (h *heldFileStorage) String() string { return h.f.String() }

// change is one read-modify-write of the file; the caller holds the lock.
func (f *FileStorage) change(edit func(map[string]string) bool) error {
	data, err := f.read()
	if err != nil {
		return err
	}
	if !edit(data) {
		return nil
	}
	return f.write(data)
}

// lockableStorage is a store with a lock shared with other processes (FileStorage): the
// client refreshes a session kept in it while holding that lock.
type lockableStorage interface {
	lockStore(ctx context.Context) (Storage, func(), error)
}

// semaphores are the single-flight refresh locks of one store, one per session key.
type semaphores struct {
	mu  sync.Mutex
	per map[string]chan struct{}
}

func (s *semaphores) get(key string) chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.per == nil {
		s.per = map[string]chan struct{}{}
	}
	sem, ok := s.per[key]
	if !ok {
		sem = make(chan struct{}, 1)
		s.per[key] = sem
	}
	return sem
}
