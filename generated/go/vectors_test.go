// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

// The shared vectors (generated/vectors, the same files the Python client passes), run
// through the typed methods: a REQUEST case's call must send exactly its request; a RESPONSE
// case's answer must become its result (and session) or its error. The generated
// vectors_gen_test.go fills vectorCalls, one entry per operation; without it (the runtime
// alone) or without the vectors directory, the test is skipped.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

type vectorCall func(ctx context.Context, c *Client, args json.RawMessage, opts []CallOption) (any, error)

// vectorCalls: operationId -> a call of its generated method with arguments by wire name.
var vectorCalls = map[string]vectorCall{}

type vectorCase struct {
	Name        string `json:"name"`
	Unsupported string `json:"unsupported"`
	Client      struct {
		EnvID        string         `json:"env_id"`
		ClientID     string         `json:"client_id"`
		ClientSecret *string        `json:"client_secret"`
		BaseURL      string         `json:"base_url"`
		DeviceID     string         `json:"device_id"`
		MaxRetries   int            `json:"max_retries"`
		Session      map[string]any `json:"session"`
	} `json:"client"`
	Call struct {
		Arguments json.RawMessage `json:"arguments"`
		RequestID string          `json:"request_id"`
		TC3       *struct {
			SecretID  string `json:"secret_id"`
			SecretKey string `json:"secret_key"`
		} `json:"tc3"`
	} `json:"call"`
	Request *struct {
		Method         string            `json:"method"`
		Path           string            `json:"path"`
		Query          [][2]string       `json:"query"`
		Headers        map[string]string `json:"headers"`
		HeaderPatterns map[string]string `json:"header_patterns"`
		AbsentHeaders  []string          `json:"absent_headers"`
		Body           json.RawMessage   `json:"body"`
	} `json:"request"`
	Response *vectorAnswer `json:"response"`
	Expect   *struct {
		Result *struct {
			Schema string         `json:"schema"`
			Fields map[string]any `json:"fields"`
		} `json:"result"`
		SessionAfter map[string]any `json:"session_after"`
		Error        *struct {
			Status           int     `json:"status"`
			Code             string  `json:"code"`
			ErrorCode        *int    `json:"error_code"`
			ErrorDescription *string `json:"error_description"`
		} `json:"error"`
	} `json:"expect"`
}

type vectorAnswer struct {
	Status  int               `json:"status"`
	Headers map[string]string `json:"headers"`
	Body    json.RawMessage   `json:"body"`
}

type signatureCase struct {
	Name        string `json:"name"`
	Credentials struct {
		SecretID     string `json:"secret_id"`
		SecretKey    string `json:"secret_key"`
		SessionToken string `json:"session_token"`
	} `json:"credentials"`
	Input struct {
		Method    string            `json:"method"`
		Path      string            `json:"path"`
		Query     string            `json:"query"`
		Headers   map[string]string `json:"headers"`
		Body      string            `json:"body"`
		Timestamp int64             `json:"timestamp"`
	} `json:"input"`
	Authorization string `json:"authorization"`
}

type vectorFile struct {
	OperationID string          `json:"operation_id"`
	Requests    []vectorCase    `json:"requests"`
	Responses   []vectorCase    `json:"responses"`
	Signatures  []signatureCase `json:"signatures"`
}

func loadVectors(t *testing.T) []vectorFile {
	t.Helper()
	if len(vectorCalls) == 0 {
		t.Skip("no generated operations (the runtime alone): the vectors run in generated/go")
	}
	dir := os.Getenv("CLOUDBASE_VECTORS")
	if dir == "" {
		dir = filepath.Join("..", "vectors") // generated/go next to generated/vectors
	}
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		t.Skipf("no vectors at %s (set CLOUDBASE_VECTORS)", dir)
	}
	var index struct {
		Operations []struct {
			File string `json:"file"`
		} `json:"operations"`
	}
	if err := json.Unmarshal(raw, &index); err != nil {
		t.Fatal(err)
	}
	files := []vectorFile{}
	for _, entry := range index.Operations {
		raw, err := os.ReadFile(filepath.Join(dir, entry.File))
		if err != nil {
			t.Fatal(err)
		}
		var f vectorFile
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatalf("%s: %v", entry.File, err)
		}
		files = append(files, f)
	}
	return files
}

// recorder is the network of a vector client: it keeps each request and gives one answer.
type recorder struct {
	answer   vectorAnswer
	requests []*http.Request
	bodies   [][]byte
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	body := []byte{}
	if req.Body != nil {
		body, _ = io.ReadAll(req.Body)
	}
	r.requests = append(r.requests, req)
	r.bodies = append(r.bodies, body)
	header := http.Header{}
	for k, v := range r.answer.Headers {
		header.Set(k, v)
	}
	return &http.Response{StatusCode: r.answer.Status, Header: header, Body: io.NopCloser(bytes.NewReader(r.answer.Body)), Request: req}, nil
}

func runVector(t *testing.T, opID string, vc vectorCase, answer vectorAnswer) (*Client, *recorder, any, error) {
	t.Helper()
	call, ok := vectorCalls[opID]
	if !ok {
		t.Fatalf("the Go client has no method for %s", opID)
	}
	rec := &recorder{answer: answer}
	secret := ""
	if vc.Client.ClientSecret != nil {
		secret = *vc.Client.ClientSecret
	}
	opts := []Option{
		WithBaseURL(vc.Client.BaseURL), WithDeviceID(vc.Client.DeviceID), WithRetry(vc.Client.MaxRetries),
		WithClientCredentials(vc.Client.ClientID, secret), WithHTTPClient(&http.Client{Transport: rec}),
	}
	if vc.Call.TC3 != nil {
		opts = append(opts, WithTC3Credentials(vc.Call.TC3.SecretID, vc.Call.TC3.SecretKey, ""))
	}
	c, err := New(vc.Client.EnvID, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if s := vc.Client.Session; s != nil {
		session, err := sessionFromTokenResponse(s, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SetSession(*session); err != nil {
			t.Fatal(err)
		}
	}
	result, err := call(context.Background(), c, vc.Call.Arguments, []CallOption{WithHeader("X-Request-Id", vc.Call.RequestID)})
	return c, rec, result, err
}

func TestVectorsRequests(t *testing.T) {
	for _, f := range loadVectors(t) {
		answer := vectorAnswer{Status: 200, Headers: map[string]string{"content-type": "application/json"}, Body: json.RawMessage(`{}`)}
		for _, r := range f.Responses {
			if r.Response != nil && r.Response.Status/100 == 2 && r.Expect != nil && r.Expect.Result != nil {
				answer = *r.Response // the operation's first documented success
				break
			}
		}
		for _, vc := range f.Requests {
			t.Run(vc.Name, func(t *testing.T) {
				if vc.Unsupported != "" {
					t.Skip(vc.Unsupported)
				}
				_, rec, _, err := runVector(t, f.OperationID, vc, answer)
				if err != nil {
					t.Fatalf("the call failed: %v", err)
				}
				if len(rec.requests) != 1 {
					t.Fatalf("%d requests for one call", len(rec.requests))
				}
				sent, body, want := rec.requests[0], rec.bodies[0], vc.Request
				if sent.Method != want.Method || sent.URL.EscapedPath() != want.Path {
					t.Fatalf("%s %s, want %s %s", sent.Method, sent.URL.EscapedPath(), want.Method, want.Path)
				}
				query := [][2]string{}
				for k, vs := range sent.URL.Query() {
					for _, v := range vs {
						query = append(query, [2]string{k, v})
					}
				}
				sort.Slice(query, func(i, j int) bool { return query[i][0]+"\x00"+query[i][1] < query[j][0]+"\x00"+query[j][1] })
				wantQuery := append([][2]string{}, want.Query...)
				sort.Slice(wantQuery, func(i, j int) bool {
					return wantQuery[i][0]+"\x00"+wantQuery[i][1] < wantQuery[j][0]+"\x00"+wantQuery[j][1]
				})
				if fmt.Sprint(query) != fmt.Sprint(wantQuery) {
					t.Fatalf("query %v, want %v", query, wantQuery)
				}
				for name, value := range want.Headers {
					if got := sent.Header.Get(name); got != value {
						t.Fatalf("header %s: %q, want %q", name, got, value)
					}
				}
				for name, pattern := range want.HeaderPatterns {
					if got := sent.Header.Get(name); !regexp.MustCompile(pattern).MatchString(got) {
						t.Fatalf("header %s: %q does not match %s", name, got, pattern)
					}
				}
				for _, name := range want.AbsentHeaders {
					if _, present := sent.Header[http.CanonicalHeaderKey(name)]; present {
						t.Fatalf("header %s must not be sent", name)
					}
				}
				if string(want.Body) == "null" || len(want.Body) == 0 {
					if len(body) != 0 {
						t.Fatalf("a body was sent: %s", body)
					}
					return
				}
				if !sameJSON(body, want.Body) {
					t.Fatalf("body %s, want %s", body, want.Body)
				}
			})
		}
	}
}

func withoutEmpty(fields map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range fields {
		switch t := v.(type) {
		case []any:
			if len(t) == 0 {
				continue
			}
		case map[string]any:
			if len(t) == 0 {
				continue
			}
		}
		out[k] = v
	}
	return out
}

func sameJSON(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

func TestVectorsResponses(t *testing.T) {
	for _, f := range loadVectors(t) {
		for _, vc := range f.Responses {
			t.Run(vc.Name, func(t *testing.T) {
				if vc.Unsupported != "" {
					t.Skip(vc.Unsupported)
				}
				c, rec, result, err := runVector(t, f.OperationID, vc, *vc.Response)
				if len(rec.requests) != 1 {
					t.Fatalf("%d requests: one answer, one request (no retry, no refresh)", len(rec.requests))
				}
				expect := vc.Expect
				if expect.Result != nil {
					if err != nil {
						t.Fatalf("a documented success failed: %v", err)
					}
					got, _ := json.Marshal(result)
					if string(got) == "null" {
						got = []byte("{}") // an answer without fields: the method returns only an error
					}
					// An empty list or object decodes to an empty slice or map, which omitempty
					// leaves out when written again: compare without them.
					var gotFields map[string]any
					_ = json.Unmarshal(got, &gotFields)
					got, _ = json.Marshal(withoutEmpty(gotFields))
					want, _ := json.Marshal(withoutEmpty(expect.Result.Fields))
					if !sameJSON(got, want) {
						t.Fatalf("result %s, want %s", got, want)
					}
					session := c.Session()
					wantToken, _ := expect.SessionAfter["access_token"].(string)
					gotToken := ""
					if session != nil {
						gotToken = session.AccessToken
					}
					if gotToken != wantToken {
						t.Fatalf("session after: %q, want %q", gotToken, wantToken)
					}
					return
				}
				want := expect.Error
				var apiErr *APIError
				if !errors.As(err, &apiErr) {
					t.Fatalf("want an *APIError, got %v (result %v)", err, result)
				}
				if apiErr.StatusCode != want.Status || apiErr.Code != want.Code || !errors.Is(err, ErrorCode(want.Code)) {
					t.Fatalf("%+v, want status %d code %s", apiErr, want.Status, want.Code)
				}
				if want.ErrorCode != nil && apiErr.ErrorCode != *want.ErrorCode {
					t.Fatalf("error_code %d, want %d", apiErr.ErrorCode, *want.ErrorCode)
				}
				if want.ErrorDescription != nil && !strings.HasPrefix(apiErr.Description, *want.ErrorDescription) {
					t.Fatalf("description %q, want %q", apiErr.Description, *want.ErrorDescription)
				}
				if apiErr.RequestID != vc.Call.RequestID {
					t.Fatalf("request id %q, want %q", apiErr.RequestID, vc.Call.RequestID)
				}
			})
		}
	}
}

func TestVectorsSignatures(t *testing.T) {
	for _, f := range loadVectors(t) {
		for _, sc := range f.Signatures {
			t.Run(sc.Name, func(t *testing.T) {
				in := sc.Input
				for name := range in.Headers {
					if name != "content-type" && name != "host" {
						t.Skipf("the Go signer signs content-type and host only, not %s", name)
					}
				}
				creds, err := NewTC3Credentials(sc.Credentials.SecretID, sc.Credentials.SecretKey, sc.Credentials.SessionToken)
				if err != nil {
					t.Fatal(err)
				}
				got := creds.authorization(in.Method, in.Path, in.Query, in.Headers["host"], in.Headers["content-type"], []byte(in.Body), in.Timestamp)
				if got != sc.Authorization {
					t.Fatalf("\n got %s\nwant %s", got, sc.Authorization)
				}
			})
		}
	}
}

// decodeVectorArguments fills a generated request from arguments by wire name: body fields
// through their json tags, parameters through their param tags. An argument the request has
// no field for is an error (the Go client could not send it).
func decodeVectorArguments(args json.RawMessage, req any) error {
	values := map[string]json.RawMessage{}
	if len(args) > 0 {
		if err := json.Unmarshal(args, &values); err != nil {
			return err
		}
	}
	if req == nil {
		if len(values) > 0 {
			return fmt.Errorf("the method takes no arguments, the case gives %d", len(values))
		}
		return nil
	}
	rv := reflect.ValueOf(req).Elem()
	params := map[string]bool{}
	for i := 0; i < rv.NumField(); i++ {
		if name := rv.Type().Field(i).Tag.Get("param"); name != "" {
			params[name] = true
		}
	}
	// A wire name that is both a parameter and a body field (updatePassword's sudo_token) is
	// the parameter, as in the other clients.
	body := map[string]json.RawMessage{}
	for k, v := range values {
		if !params[k] {
			body[k] = v
		}
	}
	raw, _ := json.Marshal(body)
	if err := json.Unmarshal(raw, req); err != nil {
		return err
	}
	known := map[string]bool{}
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" && name != "-" {
			known[name] = true
		}
		name := f.Tag.Get("param")
		if name == "" {
			continue
		}
		known[name] = true
		raw, ok := values[name]
		if !ok {
			continue
		}
		target := reflect.New(f.Type)
		if err := json.Unmarshal(raw, target.Interface()); err != nil {
			// A number or boolean given to a string parameter: send its text.
			if f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.String {
				text := strings.Trim(string(raw), `"`)
				target.Elem().Set(reflect.ValueOf(&text))
			} else {
				return fmt.Errorf("%s: %v", name, err)
			}
		}
		rv.Field(i).Set(target.Elem())
	}
	for name := range values {
		if !known[name] {
			return fmt.Errorf("the request has no field for %q", name)
		}
	}
	return nil
}
