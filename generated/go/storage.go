// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
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
// file in the same directory, then rename) with mode 0600 on every change.
//
// Every FileStorage of one path in one process shares its locks, so clients on the same file
// refresh one at a time. Between processes, changes (and, on Unix, refreshes) are serialised
// with flock on "<name>.lock" and "<name>.refresh.lock" beside the file.
type FileStorage struct {
	path   string
	shared *fileLocks
}

type fileLocks struct {
	data sync.Mutex // one read-modify-write of the file at a time
	sems semaphores // one session refresh at a time, per session key
}

var (
	fileLocksMu sync.Mutex
	fileLocksBy = map[string]*fileLocks{}
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
	key := abs
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		key = real
	}
	fileLocksMu.Lock()
	locks, ok := fileLocksBy[key]
	if !ok {
		locks = &fileLocks{}
		fileLocksBy[key] = locks
	}
	fileLocksMu.Unlock()
	return &FileStorage{path: abs, shared: locks}, nil
}

// Path is the file's absolute path.
func (f *FileStorage) Path() string { return f.path }

func (f *FileStorage) String() string   { return fmt.Sprintf("FileStorage(%q)", f.path) }
func (f *FileStorage) GoString() string { return f.String() }

func (f *FileStorage) read() (map[string]string, error) {
	raw, err := os.ReadFile(f.path)
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
// JSON object of strings is a *StorageError naming it.
func (f *FileStorage) Get(key string) (string, bool, error) {
	data, err := f.read()
	if err != nil {
		return "", false, err
	}
	v, ok := data[key]
	return v, ok, nil
}

func (f *FileStorage) Set(key, value string) error {
	return f.change(func(data map[string]string) bool {
		data[key] = value
		return true
	})
}

func (f *FileStorage) Delete(key string) error {
	return f.change(func(data map[string]string) bool {
		if _, ok := data[key]; !ok {
			return false
		}
		delete(data, key)
		return true
	})
}

func (f *FileStorage) change(edit func(map[string]string) bool) error {
	f.shared.data.Lock()
	defer f.shared.data.Unlock()
	unlock := lockFile(f.path + ".lock")
	defer unlock()
	data, err := f.read()
	if err != nil {
		return err
	}
	if !edit(data) {
		return nil
	}
	return f.write(data)
}

func (f *FileStorage) refreshSemaphore(key string) chan struct{} { return f.shared.sems.get(key) }

// processLock is held by a client while it refreshes the session kept in this file (after
// the in-process semaphore): clients of other processes wait, then read the store again and
// use the session it now holds instead of spending a rotated refresh token.
func (f *FileStorage) processLock() func() { return lockFile(f.path + ".refresh.lock") }

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
