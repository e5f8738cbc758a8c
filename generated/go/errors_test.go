// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func answering(t *testing.T, status int, body string) *Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestErrorAnswers(t *testing.T) {
	const invalidGrant = ErrorCode("invalid_grant")
	c := answering(t, 400, `{"error":"invalid_grant","error_code":4001,"error_description":"password hunter22 is wrong"}`)
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{"password": "hunter22"}, nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("%T %v", err, err)
	}
	if apiErr.StatusCode != 400 || apiErr.Code != "invalid_grant" || apiErr.ErrorCode != 4001 || len(apiErr.RequestID) != 32 || apiErr.Gateway {
		t.Fatalf("%+v", apiErr)
	}
	if !errors.Is(err, invalidGrant) || !errors.Is(err, ErrStatusBadRequest) || errors.Is(err, ErrorCode("not_found")) || errors.Is(err, ErrServer) {
		t.Fatal("errors.Is")
	}
	text := err.Error()
	if strings.Contains(text, "hunter22") || !strings.Contains(text, "invalid_grant (HTTP 400, error_code 4001)") || !strings.Contains(text, "POST /auth/v1/signin") {
		t.Fatalf("text %q", text)
	}
	if strings.Contains(fmt.Sprintf("%+v %#v", err, err), "hunter22") || strings.Contains(logged(t, "err", err), "hunter22") {
		t.Fatal("the password is shown")
	}
}

func TestTwoHundredWithErrorIsAnError(t *testing.T) {
	c := answering(t, 200, `{"error":"captcha_required","error_description":"need a captcha"}`)
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrorCode("captcha_required")) {
		t.Fatalf("%v", err)
	}
	if c.Session() != nil {
		t.Fatal("an error answer became a session")
	}
}

func TestGatewayShape(t *testing.T) {
	c := answering(t, 429, `{"code":"INVALID_ENV","message":"env not found","requestId":"gw-1"}`)
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || !apiErr.Gateway || apiErr.Code != "INVALID_ENV" || apiErr.Description != "env not found" || apiErr.GatewayRequestID != "gw-1" {
		t.Fatalf("%+v", apiErr)
	}
	if !errors.Is(err, ErrGateway) || !errors.Is(err, ErrStatusTooManyRequests) || !errors.Is(err, ErrorCode("INVALID_ENV")) {
		t.Fatal("errors.Is")
	}
}

func TestNonJSONAndServerErrors(t *testing.T) {
	c := answering(t, 502, `<html>bad gateway</html>`)
	err := c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrServer) || !errors.Is(err, ErrorCode("bad_gateway")) {
		t.Fatalf("%v", err)
	}
	c = answering(t, 200, `[1,2]`)
	err = c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrorCode("invalid_response")) {
		t.Fatalf("%v", err)
	}
	c = answering(t, 404, `not here`)
	err = c.do(context.Background(), opSignIn, nil, nil, nil, map[string]any{}, nil)
	if !errors.Is(err, ErrStatusNotFound) || !strings.Contains(err.Error(), "not from CloudBase Auth") {
		t.Fatalf("%v", err)
	}
}

func TestConnectionErrorNamesHostCauseAndCall(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close() // nothing listens there now
	c, _ := New("env", WithBaseURL("http://"+addr+"/auth/v1"), WithRetry(0))
	_ = c.SetSession(Session{AccessToken: "tok-abcdef"})
	err = c.do(context.Background(), opGetUserMe, nil, nil, nil, nil, nil)
	var connErr *ConnectionError
	if !errors.As(err, &connErr) {
		t.Fatalf("%T %v", err, err)
	}
	want := "cannot connect to " + addr + " (connection refused) for GET /auth/v1/user/me"
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("%q lacks %q", err, want)
	}
}

func TestConnectionErrorNeverShowsTheQuery(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hj, _ := w.(http.Hijacker)
		conn, _, _ := hj.Hijack()
		_ = conn.Close() // connected, then no answer
	}))
	defer srv.Close()
	c, _ := New("env", WithBaseURL(srv.URL+"/auth/v1"), WithRetry(2))
	op := OperationSpec{OperationID: "deleteMe", Method: "DELETE", Path: "/user/me", Auth: AuthNone}
	err := c.do(context.Background(), op, nil, map[string][]string{"sudo_token": {"sudo-secret-1"}}, nil, nil, nil)
	if err == nil || strings.Contains(err.Error(), "sudo-secret-1") || strings.Contains(fmt.Sprint(errors.Unwrap(err)), "sudo-secret-1") {
		t.Fatalf("%v / %v", err, errors.Unwrap(err))
	}
}
