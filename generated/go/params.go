// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Ptr returns a pointer to v: optional fields are pointers (nil: not sent), so
// Ptr("alice") or Ptr(false) sets one, even to its zero value.
func Ptr[T any](v T) *T { return &v }

// Value returns *p, or the zero value of T when p is nil (an absent optional field).
func Value[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// CallOption changes one call (not the client): extra headers, another bearer token.
type CallOption func(*callSettings)

type callSettings struct {
	header http.Header
}

// WithHeader adds a header to one call (a header of the client's own, such as
// X-Request-Id, is replaced).
func WithHeader(name, value string) CallOption {
	return func(s *callSettings) { s.header.Set(name, value) }
}

// WithBearerToken sends token instead of the session's access token on one call (another
// user's token, say); the client's session is neither used nor refreshed for it.
func WithBearerToken(token string) CallOption {
	return WithHeader("Authorization", "Bearer "+token)
}

// callHeader gathers the headers of a call's options.
func callHeader(opts []CallOption) http.Header {
	s := callSettings{header: http.Header{}}
	for _, opt := range opts {
		if opt != nil {
			opt(&s)
		}
	}
	return s.header
}

// paramValues is how a parameter's Go value is written in a query or a header: nil pointers
// and nil slices are absent; booleans are "true"/"false" (as the Python client sends them).
func paramValues(v any) ([]string, bool) {
	switch t := v.(type) {
	case string:
		return []string{t}, true
	case *string:
		if t == nil {
			return nil, false
		}
		return []string{*t}, true
	case int:
		return []string{strconv.Itoa(t)}, true
	case *int:
		if t == nil {
			return nil, false
		}
		return []string{strconv.Itoa(*t)}, true
	case float64:
		return []string{strconv.FormatFloat(t, 'f', -1, 64)}, true
	case *float64:
		if t == nil {
			return nil, false
		}
		return []string{strconv.FormatFloat(*t, 'f', -1, 64)}, true
	case bool:
		return []string{strconv.FormatBool(t)}, true
	case *bool:
		if t == nil {
			return nil, false
		}
		return []string{strconv.FormatBool(*t)}, true
	case time.Time:
		return []string{t.Format(time.RFC3339Nano)}, true
	case *time.Time:
		if t == nil {
			return nil, false
		}
		return []string{t.Format(time.RFC3339Nano)}, true
	case []string:
		return t, t != nil
	}
	return nil, false
}

// addQuery adds a query parameter of a generated request (absent values are skipped).
func addQuery(q url.Values, name string, v any) {
	if values, ok := paramValues(v); ok {
		for _, s := range values {
			q.Add(name, s)
		}
	}
}

// addHeader sets a header parameter of a generated request (absent values are skipped).
func addHeader(h http.Header, name string, v any) {
	if values, ok := paramValues(v); ok && len(values) > 0 {
		h.Set(name, values[0])
	}
}

// pathValue writes a path parameter (required, so never absent).
func pathValue(v any) string {
	if values, ok := paramValues(v); ok && len(values) > 0 {
		return values[0]
	}
	return ""
}
