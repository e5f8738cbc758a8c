// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

//go:build unix

package cloudbase

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The token-file lock convention (v1) seen from other processes: these tests start this test
// binary again as a helper (TestMain runs the role named in CLOUDBASE_LOCK_HELPER instead of
// the tests), because a process cannot see its own POSIX record locks.

const helperEnv = "CLOUDBASE_LOCK_HELPER"

func TestMain(m *testing.M) {
	if role := os.Getenv(helperEnv); role != "" {
		os.Exit(runHelper(role, os.Getenv("CLOUDBASE_LOCK_PATH")))
	}
	os.Exit(m.Run())
}

// runHelper plays one role on the lock file (or, for "refresher", the token file) at path.
func runHelper(role, path string) int {
	in := bufio.NewScanner(os.Stdin)
	switch role {
	case "probe": // which locks someone else holds on path: "flock=busy|free record=<pid>|free"
		fd, err := syscall.Open(path, syscall.O_RDWR, 0)
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		flock := "free"
		if err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			flock = "busy"
		}
		query := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart}
		record := "free"
		if err := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &query); err == nil && query.Type != syscall.F_UNLCK {
			record = fmt.Sprint(query.Pid)
		}
		fmt.Printf("flock=%s record=%s\n", flock, record)
	case "flock-holder", "record-holder": // holds one kind of lock (as PHP's flock, Java's FileChannel.lock) until a line comes
		fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_CREAT, 0o600)
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		if role == "flock-holder" {
			err = syscall.Flock(fd, syscall.LOCK_EX)
		} else {
			whole := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: io.SeekStart}
			err = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLKW, &whole)
		}
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Println("held")
		in.Scan()
	case "refresher": // a client on the token file: one call per line read, "ok <hash of the token used>"
		store, err := NewFileStorage(path)
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		c, err := New("test-env", WithBaseURL(os.Getenv("CLOUDBASE_BASE_URL")), WithStorage(store), WithRetry(0))
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		for in.Scan() {
			if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
				fmt.Println("error", err)
				continue
			}
			sum := sha256.Sum256([]byte(c.Session().AccessToken))
			fmt.Println("ok", hex.EncodeToString(sum[:8]))
		}
	}
	return 0
}

// helper is a running helper process: send writes a line to it, line reads its next one.
type helper struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Scanner
}

func startHelper(t *testing.T, role, path string, env ...string) *helper {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), helperEnv+"="+role, "CLOUDBASE_LOCK_PATH="+path), env...)
	cmd.Stderr = os.Stderr
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	h := &helper{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	t.Cleanup(func() {
		_ = h.in.Close()
		_ = cmd.Wait()
	})
	return h
}

func (h *helper) send(line string) { _, _ = fmt.Fprintln(h.in, line) }

func (h *helper) line(t *testing.T) string {
	t.Helper()
	if !h.out.Scan() {
		t.Fatalf("the helper ended: %v", h.out.Err())
	}
	return h.out.Text()
}

func probe(t *testing.T, lockPath string) string {
	t.Helper()
	return probeNow(lockPath)
}

// probeNow runs the "probe" helper on lockPath and returns its line (or the failure).
func probeNow(lockPath string) string {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=probe", "CLOUDBASE_LOCK_PATH="+lockPath)
	out, err := cmd.Output()
	if err != nil {
		return fmt.Sprintf("probe failed: %v %s", err, out)
	}
	return strings.TrimSpace(string(out))
}

// While a client holds the token file's lock, another process sees both kinds taken on
// "<path>.lock": an exclusive flock and a POSIX write lock over the whole file, by this
// process; both are gone after the release, and the lock file stays, empty, mode 0600.
func TestLockIsFlockAndRecordLockOnPathDotLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens.json")
	store, err := NewFileStorage(path)
	if err != nil {
		t.Fatal(err)
	}
	_, unlock, err := store.lockStore(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := probe(t, path+".lock"), fmt.Sprintf("flock=busy record=%d", os.Getpid()); got != want {
		unlock()
		t.Fatalf("while held: %q, want %q", got, want)
	}
	unlock()
	if got := probe(t, path+".lock"); got != "flock=free record=free" {
		t.Fatalf("after the release: %q", got)
	}
	if err := store.Set("k", "v"); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path + ".lock")
	if err != nil || info.Mode().Perm() != 0o600 || info.Size() != 0 {
		t.Fatalf("lock file %v %v", info, err)
	}
	if _, err := os.Stat(path + ".refresh.lock"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a second lock file: %v", err)
	}
}

// A whole refresh happens under the lock: the refresh request reaches the server while
// another process would see the lock taken.
func TestRefreshHappensUnderTheFileLock(t *testing.T) {
	f := newFakeAuth(t)
	path := filepath.Join(t.TempDir(), "tokens.json")
	store, _ := NewFileStorage(path)
	c := f.client(t, WithStorage(store))
	signInAnonymously(t, c)
	seen := make(chan string, 1)
	f.mu.Lock()
	f.onRefresh = func() { seen <- probeNow(path + ".lock") }
	f.mu.Unlock()
	f.revokeAll()
	if err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := <-seen, fmt.Sprintf("flock=busy record=%d", os.Getpid()); got != want {
		t.Fatalf("during the refresh: %q, want %q", got, want)
	}
}

// A peer that takes only one kind (PHP: flock; Java: a record lock) is waited for.
func TestLockWaitsForAPeerHoldingEitherKind(t *testing.T) {
	for _, role := range []string{"flock-holder", "record-holder"} {
		t.Run(role, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tokens.json")
			peer := startHelper(t, role, path+".lock")
			if got := peer.line(t); got != "held" {
				t.Fatal(got)
			}
			store, _ := NewFileStorage(path)
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			if _, _, err := store.lockStore(ctx); !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("taken while the peer holds it: %v", err)
			}
			peer.send("release")
			_, unlock, err := store.lockStore(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			unlock()
		})
	}
}

// Three processes on one token file, five rounds of a refused (revoked) access token: each
// round exactly one refresh at the server, no refresh token sent twice, every call succeeds
// and every process ends on the stored session.
func TestProcessesSharingATokenFileRefreshOnce(t *testing.T) {
	f := newFakeAuth(t)
	path := filepath.Join(t.TempDir(), "tokens.json")
	store, _ := NewFileStorage(path)
	signInAnonymously(t, f.client(t, WithStorage(store)))
	peers := []*helper{}
	for i := 0; i < 3; i++ {
		peers = append(peers, startHelper(t, "refresher", path, "CLOUDBASE_BASE_URL="+f.baseURL()))
	}
	for round := 1; round <= 5; round++ {
		f.revokeAll()
		before := f.refreshes.Load()
		for _, p := range peers {
			p.send("go")
		}
		answers := map[string]bool{}
		for _, p := range peers {
			line := p.line(t)
			if !strings.HasPrefix(line, "ok ") {
				t.Fatalf("round %d: %s", round, line)
			}
			answers[line] = true
		}
		if n := f.refreshes.Load() - before; n != 1 || f.reused.Load() != 0 || len(answers) != 1 {
			t.Fatalf("round %d: %d refreshes, %d reused refresh tokens, tokens used %v", round, n, f.reused.Load(), answers)
		}
	}
}

// A symbolic link planted at "<path>.lock" is refused with a StorageError; its target is
// never created (nor, when it exists, written).
func TestPlantedLockSymlinkIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tokens.json")
	target := filepath.Join(dir, "elsewhere", "victim")
	_ = os.Mkdir(filepath.Dir(target), 0o700)
	if err := os.Symlink(target, path+".lock"); err != nil {
		t.Fatal(err)
	}
	store, _ := NewFileStorage(path)
	err := store.Set("k", "v")
	var storageErr *StorageError
	if !errors.As(err, &storageErr) || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("%T %v", err, err)
	}
	if _, err := New("env", WithStorage(store), WithBaseURL("http://127.0.0.1:1/auth/v1")); !errors.As(err, &storageErr) {
		t.Fatalf("New: %v", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the link's target was created: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the token file was written without the lock: %v", err)
	}
	_ = os.WriteFile(target, []byte("keep"), 0o644)
	if err := store.Set("k", "v"); !errors.As(err, &storageErr) {
		t.Fatalf("a link to an existing file: %v", err)
	}
	if raw, _ := os.ReadFile(target); string(raw) != "keep" {
		t.Fatalf("the target changed: %q", raw)
	}
}

// A directory where the lock file should be is refused, not silently ignored.
func TestLockPathThatIsADirectoryIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tokens.json")
	if err := os.Mkdir(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	store, _ := NewFileStorage(path)
	var storageErr *StorageError
	if err := store.Set("k", "v"); !errors.As(err, &storageErr) || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("%T %v", err, err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the token file was written without the lock: %v", err)
	}
}

// A FIFO, a directory or a link to a FIFO at the token path is refused at once (a FIFO would
// block a reader until some writer came); a link to a regular file is followed.
func TestNonRegularTokenPathIsRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	_ = os.Symlink(fifo, filepath.Join(dir, "to-fifo.json"))
	_ = os.Mkdir(filepath.Join(dir, "dir.json"), 0o700)
	for _, name := range []string{"fifo.json", "to-fifo.json", "dir.json"} {
		store, _ := NewFileStorage(filepath.Join(dir, name))
		done := make(chan error, 1)
		go func() {
			_, err := New("env", WithStorage(store), WithBaseURL("http://127.0.0.1:1/auth/v1"))
			done <- err
		}()
		select {
		case err := <-done:
			var storageErr *StorageError
			if !errors.As(err, &storageErr) || !strings.Contains(err.Error(), "not a regular file") {
				t.Fatalf("%s: %T %v", name, err, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: New is still waiting", name)
		}
	}
	real := filepath.Join(dir, "real.json")
	_ = os.WriteFile(real, []byte(`{"device_id":"0123456789abcdef0123"}`), 0o600)
	_ = os.Symlink(real, filepath.Join(dir, "link.json"))
	store, _ := NewFileStorage(filepath.Join(dir, "link.json"))
	c, err := New("env", WithStorage(store), WithBaseURL("http://127.0.0.1:1/auth/v1"))
	if err != nil || c.DeviceID() != "0123456789abcdef0123" {
		t.Fatalf("a link to a regular file: %v %v", c, err)
	}
}
