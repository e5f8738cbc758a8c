// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// A server answering the given statuses in turn (then 200), with Retry-After when given.
func sequence(t *testing.T, retryAfter string, statuses ...int) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(calls.Add(1))
		if n <= len(statuses) {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			writeJSON(w, statuses[n-1], map[string]any{"error": "unavailable"})
			return
		}
		writeJSON(w, 200, map[string]any{"ok": true})
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func quickClient(t *testing.T, srv *httptest.Server, opts ...Option) *Client {
	t.Helper()
	c, err := New("env", append([]Option{WithBaseURL(srv.URL + "/auth/v1")}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	c.jitter = func() float64 { return 0 } // the shortest backoff: 0.25 s, 0.5 s ...
	return c
}

func TestRetries429And503(t *testing.T) {
	for _, status := range []int{429, 503} {
		srv, calls := sequence(t, "0", status, status)
		c := quickClient(t, srv)
		if err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil); err != nil {
			t.Fatalf("%d: %v", status, err)
		}
		if calls.Load() != 3 {
			t.Fatalf("%d: %d calls", status, calls.Load())
		}
	}
}

func TestRetriesAreBounded(t *testing.T) {
	srv, calls := sequence(t, "0", 503, 503, 503, 503)
	c := quickClient(t, srv, WithRetry(2))
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrStatusServiceUnavailable) || calls.Load() != 3 {
		t.Fatalf("%v after %d calls", err, calls.Load())
	}
}

func TestNoRetryWhereUnsafe(t *testing.T) {
	for _, status := range []int{500, 502, 400, 401} {
		srv, calls := sequence(t, "", status)
		c := quickClient(t, srv)
		_ = c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
		if calls.Load() != 1 {
			t.Fatalf("%d retried: %d calls", status, calls.Load())
		}
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	srv, calls := sequence(t, "1", 429)
	c := quickClient(t, srv)
	started := time.Now()
	if err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil); err != nil {
		t.Fatal(err)
	}
	if waited := time.Since(started); waited < 900*time.Millisecond || calls.Load() != 2 {
		t.Fatalf("waited %v, %d calls", waited, calls.Load())
	}
}

// A Retry-After longer than the context's deadline: no wait, the error at once.
func TestRetryBoundedByTheDeadline(t *testing.T) {
	srv, calls := sequence(t, "30", 503)
	c := quickClient(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	started := time.Now()
	err := c.do(ctx, opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrStatusServiceUnavailable) || time.Since(started) > 500*time.Millisecond || calls.Load() != 1 {
		t.Fatalf("%v after %v and %d calls", err, time.Since(started), calls.Load())
	}
	c2 := quickClient(t, srv, WithTimeout(time.Second)) // the client's own timeout bounds it too
	started = time.Now()
	_ = c2.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if time.Since(started) > 500*time.Millisecond {
		t.Fatalf("waited %v", time.Since(started))
	}
}

func TestNeverConnectedIsRetried(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	var dials atomic.Int32
	hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, a string) (net.Conn, error) {
		dials.Add(1)
		return (&net.Dialer{}).DialContext(ctx, network, a)
	}}}
	c, _ := New("env", WithBaseURL("http://"+addr+"/auth/v1"), WithHTTPClient(hc), WithRetry(2))
	c.jitter = func() float64 { return 0 }
	err = c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	var connErr *ConnectionError
	if !errors.As(err, &connErr) || dials.Load() != 3 {
		t.Fatalf("%v after %d dials", err, dials.Load())
	}
}

func TestConnectedThenDroppedIsNotRetried(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		conn, _, _ := w.(http.Hijacker).Hijack()
		_ = conn.Close()
	}))
	defer srv.Close()
	c := quickClient(t, srv, WithRetry(2))
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	var connErr *ConnectionError
	if !errors.As(err, &connErr) || calls.Load() != 1 {
		t.Fatalf("%v after %d calls", err, calls.Load())
	}
}

func TestRetryDelay(t *testing.T) {
	now := time.Now()
	zero := func() float64 { return 0 }
	one := func() float64 { return 0.999999 }
	if d := retryDelay(0, "", now, zero); d != 250*time.Millisecond {
		t.Fatal(d)
	}
	if d := retryDelay(1, "", now, one); d < 990*time.Millisecond || d > time.Second {
		t.Fatal(d)
	}
	if d := retryDelay(10, "", now, one); d > 8*time.Second {
		t.Fatal(d)
	}
	if d := retryDelay(0, "120", now, zero); d != 60*time.Second {
		t.Fatal(d)
	}
	if d := retryDelay(0, now.Add(5*time.Second).UTC().Format(http.TimeFormat), now, zero); d < 4*time.Second || d > 5*time.Second {
		t.Fatal(d)
	}
	if d := retryDelay(0, "soon", now, zero); d != 250*time.Millisecond {
		t.Fatal(d)
	}
}
