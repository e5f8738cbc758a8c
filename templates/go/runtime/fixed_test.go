package cloudbase

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
)

// fixedRecorder answers 200 {} and keeps what each call sent.
type fixedRecorder struct {
	mu      sync.Mutex
	bodies  []map[string]any
	queries []url.Values
	headers []http.Header
	srv     *httptest.Server
}

func newFixedRecorder(t *testing.T) *fixedRecorder {
	r := &fixedRecorder{}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var body map[string]any
		_ = json.NewDecoder(req.Body).Decode(&body)
		r.mu.Lock()
		r.bodies = append(r.bodies, body)
		r.queries = append(r.queries, req.URL.Query())
		r.headers = append(r.headers, req.Header.Clone())
		r.mu.Unlock()
		writeJSON(w, 200, map[string]any{})
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *fixedRecorder) last() (map[string]any, url.Values, http.Header) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := len(r.bodies) - 1
	return r.bodies[n], r.queries[n], r.headers[n]
}

// A field the spec pins to one value (signInCustom's provider_id, getClientCredential's
// grant_type) is sent with it when the caller leaves it out or at Go's zero value; a value the
// caller gives is sent as given.
func TestFixedValuesAreFilledInWhenLeftOut(t *testing.T) {
	rec := newFixedRecorder(t)
	c, err := New("env", WithBaseURL(rec.srv.URL+"/auth/v1"), WithRetry(0))
	if err != nil {
		t.Fatal(err)
	}
	op := OperationSpec{OperationID: "signInCustom", Method: "POST", Path: "/signin/custom", Auth: AuthNone, SendsClientID: true,
		Fixed: []FixedValue{{In: "body", Name: "provider_id", Value: "custom"}, {In: "query", Name: "mode", Value: "strict"}, {In: "header", Name: "X-Kind", Value: 7}}}
	type customSignIn struct {
		ProviderID string `json:"provider_id"` // required: a plain string, "" when left out
		Ticket     string `json:"ticket"`
	}
	cases := []struct {
		name string
		body any
		want string
	}{
		{"zero value", &customSignIn{Ticket: "kid/@@/t"}, "custom"},
		{"absent", map[string]any{"ticket": "kid/@@/t"}, "custom"},
		{"no body at all", nil, "custom"},
		{"given", &customSignIn{ProviderID: "other", Ticket: "kid/@@/t"}, "other"},
	}
	for _, tc := range cases {
		if err := c.do(context.Background(), op, nil, nil, nil, tc.body, nil); err != nil {
			t.Fatal(err)
		}
		body, query, header := rec.last()
		if body["provider_id"] != tc.want {
			t.Fatalf("%s: provider_id %v, want %q (body %v)", tc.name, body["provider_id"], tc.want, body)
		}
		if query.Get("mode") != "strict" || header.Get("X-Kind") != "7" {
			t.Fatalf("%s: query %v, header %v", tc.name, query, header)
		}
	}
	// The caller's own query and header values win, and the caller's maps are not changed.
	query, header := url.Values{"mode": {"lax"}}, http.Header{}
	if err := c.do(context.Background(), op, nil, query, header, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, sent, _ := rec.last(); sent.Get("mode") != "lax" {
		t.Fatalf("query %v", sent)
	}
	if len(header) != 0 || len(query) != 1 {
		t.Fatalf("the caller's maps changed: %v %v", query, header)
	}
}
