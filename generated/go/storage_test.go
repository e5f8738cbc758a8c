// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestMemoryStorage(t *testing.T) {
	s := NewMemoryStorage()
	if _, ok, _ := s.Get("k"); ok {
		t.Fatal("empty store has k")
	}
	_ = s.Set("k", "secret-value")
	if v, ok, _ := s.Get("k"); !ok || v != "secret-value" {
		t.Fatal("set/get")
	}
	if strings.Contains(fmt.Sprintf("%v %+v %#v", s, s, s), "secret-value") {
		t.Fatal("a value is shown")
	}
	_ = s.Delete("k")
	if _, ok, _ := s.Get("k"); ok {
		t.Fatal("delete")
	}
}

func TestFileStorageWritesAtomically0600(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "tokens.json")
	s, err := NewFileStorage(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Set("a", "1"); err != nil {
		t.Fatal(err)
	}
	if err := s.Set("b", "2"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Fatalf("mode %o", perm)
	}
	raw, _ := os.ReadFile(path)
	if string(raw) != `{"a":"1","b":"2"}` {
		t.Fatalf("file %s", raw)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Fatalf("temp file left: %s", e.Name())
		}
	}
	other, _ := NewFileStorage(path)
	if v, ok, err := other.Get("b"); err != nil || !ok || v != "2" {
		t.Fatalf("another store of the file reads %q %v %v", v, ok, err)
	}
	_ = s.Delete("a")
	if _, ok, _ := other.Get("a"); ok {
		t.Fatal("delete not seen")
	}
}

func TestFileStorageConcurrentWritersLoseNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens.json")
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s, _ := NewFileStorage(path)
			if err := s.Set(fmt.Sprintf("k%d", i), "v"); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	s, _ := NewFileStorage(path)
	for i := 0; i < 20; i++ {
		if _, ok, _ := s.Get(fmt.Sprintf("k%d", i)); !ok {
			t.Fatalf("k%d lost", i)
		}
	}
}

func TestFileStorageCorruptFileIsAClearError(t *testing.T) {
	for name, content := range map[string]string{"truncated": `{"device_id": "abc`, "list": `["x"]`, "numbers": `{"a": 1}`, "null": `null`} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tokens.json")
			_ = os.WriteFile(path, []byte(content), 0o600)
			s, _ := NewFileStorage(path)
			_, _, err := s.Get("device_id")
			var storageErr *StorageError
			if !errors.As(err, &storageErr) || !strings.Contains(err.Error(), path) {
				t.Fatalf("want a StorageError naming %s, got %v", path, err)
			}
			if strings.Contains(err.Error(), "abc") {
				t.Fatalf("the error shows the content: %v", err)
			}
			if _, err := New("env", WithStorage(s), WithBaseURL("http://127.0.0.1:1/auth/v1")); err == nil || !strings.Contains(err.Error(), path) {
				t.Fatalf("New with a corrupt store: %v", err)
			}
		})
	}
}

func TestFileStorageKeepsTheSessionAcrossClients(t *testing.T) {
	f := newFakeAuth(t)
	path := filepath.Join(t.TempDir(), "tokens.json")
	s, _ := NewFileStorage(path)
	c := f.client(t, WithStorage(s))
	signInAnonymously(t, c)
	s2, _ := NewFileStorage(path)
	c2 := f.client(t, WithStorage(s2))
	if c2.Session() == nil || c2.Session().AccessToken != c.Session().AccessToken || c2.DeviceID() != c.DeviceID() {
		t.Fatal("a second client of the file has not the session and device id")
	}
	if err := c2.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
}
