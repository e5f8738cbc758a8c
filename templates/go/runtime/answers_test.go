package cloudbase

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// tokenAnswer is the shape of a generated response type with required fields.
type tokenAnswer struct {
	AccessToken string  `json:"access_token"`
	ExpiresIn   int     `json:"expires_in"`
	Scope       *string `json:"scope,omitempty"`
}

// trickler is a loopback server that reads a request, then sends a well-formed answer one
// byte at a time with pause between bytes. It counts the bytes it managed to send.
func trickler(t *testing.T, pause time.Duration) (string, *atomic.Int32) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	sent := &atomic.Int32{}
	answer := "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n" + `{"access_token":"abc","expires_in":7200}`
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				_, _ = http.ReadRequest(bufio.NewReader(conn))
				for i := 0; i < len(answer); i++ {
					if _, err := conn.Write([]byte{answer[i]}); err != nil {
						return // the client hung up
					}
					sent.Add(1)
					time.Sleep(pause)
				}
			}()
		}
	}()
	return "http://" + l.Addr().String() + "/auth/v1", sent
}

// The client's timeout is one deadline for the whole call: a server that trickles its answer
// (a byte every 50 ms, a byte every half second) is cut off there, with a typed timeout.
func TestTricklingServerIsCutOffAtTheDeadline(t *testing.T) {
	for _, pause := range []time.Duration{50 * time.Millisecond, 500 * time.Millisecond} {
		t.Run(pause.String(), func(t *testing.T) {
			base, sent := trickler(t, pause)
			c, err := New("env", WithBaseURL(base), WithTimeout(time.Second))
			if err != nil {
				t.Fatal(err)
			}
			started := time.Now()
			err = c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, &tokenAnswer{})
			elapsed := time.Since(started)
			var connErr *ConnectionError
			if !errors.As(err, &connErr) || !connErr.Timeout || !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("want a timeout, got %T %v", err, err)
			}
			// A generous bound (the bound is the timeout itself): whole answer would take
			// 5.7 s or 57 s.
			if elapsed > 4*time.Second {
				t.Fatalf("the call took %s with a 1 s timeout", elapsed)
			}
			if n := sent.Load(); n >= 110 {
				t.Fatalf("the whole answer (%d bytes) was read", n)
			}
		})
	}
}

// An answer that is not the JSON the spec documents is the client's own typed error
// (ErrInvalidResponse), never an empty result or an empty session.
func TestAnswersThatAreNotTheDocumentedJSON(t *testing.T) {
	for name, body := range map[string]string{
		"blank":            "",
		"spaces":           " \n ",
		"html":             "<html><body>maintenance</body></html>",
		"truncated":        `{"access_token":"abc","expires_in":72`,
		"array":            `[1,2]`,
		"missing required": `{"access_token":"abc"}`,
		"wrong type":       `{"access_token":"abc","expires_in":"soon"}`,
	} {
		t.Run(name, func(t *testing.T) {
			c := answering(t, 200, body)
			out := &tokenAnswer{}
			err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, out)
			var apiErr *APIError
			if !errors.Is(err, ErrInvalidResponse) || !errors.As(err, &apiErr) || apiErr.StatusCode != 200 {
				t.Fatalf("want ErrInvalidResponse, got %T %v", err, err)
			}
			if c.Session() != nil {
				t.Fatal("a broken answer became the session")
			}
		})
	}
	c := answering(t, 200, `{"access_token":"abc","expires_in":7200}`)
	out := &tokenAnswer{}
	if err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, out); err != nil || out.AccessToken != "abc" || out.Scope != nil {
		t.Fatalf("%v %+v", err, out)
	}
}

func bigAnswer(size int) string {
	prefix, suffix := `{"access_token":"abc","expires_in":7200,"pad":"`, `"}`
	return prefix + strings.Repeat("x", size-len(prefix)-len(suffix)) + suffix
}

// Answers are capped (8 MiB by default, WithMaxAnswerBytes to change it): a bigger one is
// ErrInvalidResponse, one of exactly the cap is read.
func TestAnswerSizeIsCapped(t *testing.T) {
	c := answering(t, 200, bigAnswer(DefaultMaxAnswerBytes+1))
	if err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, &tokenAnswer{}); !errors.Is(err, ErrInvalidResponse) || !strings.Contains(err.Error(), "larger than 8388608 bytes") {
		t.Fatalf("%v", err)
	}
	for size, ok := range map[int]bool{1024: true, 1025: false} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = w.Write([]byte(bigAnswer(size)))
		}))
		c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithMaxAnswerBytes(1024))
		err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, &tokenAnswer{})
		srv.Close()
		if ok != (err == nil) || (!ok && !errors.Is(err, ErrInvalidResponse)) {
			t.Fatalf("%d bytes with a 1024-byte cap: %v", size, err)
		}
	}
	if _, err := New("env", WithMaxAnswerBytes(0)); err == nil {
		t.Fatal("a cap of 0 is accepted")
	}
}

func nested(depth int) string {
	return strings.Repeat(`{"a":`, depth-1) + `{"access_token":"abc","expires_in":1}` + strings.Repeat("}", depth-1)
}

// JSON nested deeper than MaxAnswerDepth is ErrInvalidResponse, whatever the status; the
// limit itself is fine. Brackets inside strings do not count.
func TestDeeplyNestedAnswersAreRefused(t *testing.T) {
	if err := answering(t, 200, nested(MaxAnswerDepth)).do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil); err != nil {
		t.Fatalf("%d levels: %v", MaxAnswerDepth, err)
	}
	for _, status := range []int{200, 400, 500} {
		err := answering(t, status, nested(MaxAnswerDepth+1)).do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
		var apiErr *APIError
		if !errors.Is(err, ErrInvalidResponse) || !errors.As(err, &apiErr) || apiErr.StatusCode != status {
			t.Fatalf("HTTP %d, %d levels: %v", status, MaxAnswerDepth+1, err)
		}
	}
	quoted := `{"access_token":"` + strings.Repeat("[{", 600) + `","expires_in":1}`
	if err := answering(t, 200, quoted).do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, &tokenAnswer{}); err != nil {
		t.Fatalf("brackets in a string: %v", err)
	}
}

// The HTTP request carries the call's context: cancelling it, or its deadline, ends the call
// at once (the server sees the connection go), even with the client's own timeout off.
func TestTheRequestCarriesTheCallsContext(t *testing.T) {
	gone := make(chan struct{}, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body) // then the server watches the connection
		select {
		case <-r.Context().Done():
			gone <- struct{}{}
		case <-time.After(10 * time.Second):
			writeJSON(w, 200, map[string]any{"access_token": "late", "expires_in": 1})
		}
	}))
	defer srv.Close()
	c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithTimeout(0), WithRetry(0))

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	err := c.do(ctx, opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err = c.do(ctx, opSignIn, nil, nil, nil, map[string]any{}, nil)
	var connErr *ConnectionError
	if !errors.Is(err, context.DeadlineExceeded) || !errors.As(err, &connErr) || !connErr.Timeout {
		t.Fatalf("deadline: %v", err)
	}
	for i := 0; i < 2; i++ {
		select {
		case <-gone:
		case <-time.After(5 * time.Second):
			t.Fatal("the server never saw the call end")
		}
	}
}

// errors.Is(err, ErrServer) holds for every 5xx, not only the one next to it in a test; a
// 4xx is never a server error.
func TestErrServerMatchesEveryFiveHundred(t *testing.T) {
	for _, status := range []int{500, 501, 502, 503, 504, 599} {
		err := answering(t, status, `{"error":"internal","error_description":"boom"}`).do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
		var apiErr *APIError
		if !errors.Is(err, ErrServer) || !errors.As(err, &apiErr) || apiErr.StatusCode != status {
			t.Fatalf("HTTP %d: %v", status, err)
		}
	}
	for _, status := range []int{400, 404, 499} {
		if err := answering(t, status, `{"error":"x"}`).do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil); errors.Is(err, ErrServer) {
			t.Fatalf("HTTP %d is a server error: %v", status, err)
		}
	}
}

// A 404 from a base URL that does not end in /auth/v1 says so, as the Python client does,
// also when the answer has a description of its own.
func TestNotFoundHintsAtTheBaseURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 404, map[string]any{"error": "not_found", "error_description": "no route " + r.URL.Path})
	}))
	defer srv.Close()
	for _, base := range []string{srv.URL, srv.URL + "/", srv.URL + "/auth", srv.URL + "/v1"} {
		c, _ := New("env", WithBaseURL(base), WithRetry(0))
		err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
		want := "the base URL should end with /auth/v1 (it is " + fmt.Sprintf("%q", c.BaseURL()) + ")"
		if !errors.Is(err, ErrStatusNotFound) || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "no route") {
			t.Fatalf("%s: %v", base, err)
		}
	}
	c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithRetry(0))
	if err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil); strings.Contains(err.Error(), "should end with") {
		t.Fatalf("a right base URL gets the hint: %v", err)
	}
}

// Secret query values (sudo_token, captcha_token) are collected for redaction: an error
// description that echoes one shows [REDACTED].
func TestSecretQueryValuesAreRedactedFromErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		writeJSON(w, 400, map[string]any{"error": "invalid_argument", "error_description": "bad values " + q.Get("sudo_token") + " and " + q.Get("captcha_token")})
	}))
	defer srv.Close()
	c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithRetry(0))
	op := OperationSpec{OperationID: "deleteUserMe", Method: "DELETE", Path: "/user/me", Auth: AuthNone}
	query := url.Values{"sudo_token": {"SudoValue0123"}, "captcha_token": {"CaptchaValue4567"}}
	err := c.do(context.Background(), op, nil, query, nil, nil, nil)
	if err == nil || strings.Contains(err.Error(), "SudoValue0123") || strings.Contains(err.Error(), "CaptchaValue4567") || strings.Contains(logged(t, "err", err), "Value0123") {
		t.Fatalf("%v", err)
	}
	if !strings.Contains(err.Error(), "bad values [REDACTED] and [REDACTED]") {
		t.Fatalf("%v", err)
	}
}

// A refresh answered 200 without an access token is ErrInvalidResponse, and the session the
// client had is kept (it may still be valid).
func TestRefreshAnswerWithoutAccessTokenIsInvalidResponse(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/auth/v1/token" {
			writeJSON(w, 200, map[string]any{"token_type": "Bearer", "expires_in": 7200})
			return
		}
		writeJSON(w, 401, map[string]any{"error": "unauthenticated"})
	}))
	defer srv.Close()
	c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithRetry(0))
	_ = c.SetSession(Session{AccessToken: "access-1", RefreshToken: "refresh-1"})
	err := c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	if !errors.Is(err, ErrInvalidResponse) || c.Session() == nil || c.Session().AccessToken != "access-1" {
		t.Fatalf("%v, session %v", err, c.Session())
	}
}
