// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestParamsAreWrittenOnlyWhenPresent(t *testing.T) {
	q := url.Values{}
	addQuery(q, "a", Ptr("x"))
	addQuery(q, "b", (*string)(nil))
	addQuery(q, "c", Ptr(false))
	addQuery(q, "d", (*bool)(nil))
	addQuery(q, "e", 7)
	addQuery(q, "f", []string{"1", "2"})
	addQuery(q, "g", "")
	addQuery(q, "h", Ptr(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)))
	addQuery(q, "i", (*time.Time)(nil))
	if q.Encode() != "a=x&c=false&e=7&f=1&f=2&g=&h=2026-01-02T03%3A04%3A05Z" {
		t.Fatal(q.Encode())
	}
	h := http.Header{}
	addHeader(h, "x-captcha-token", Ptr("cap"))
	addHeader(h, "x-other", (*string)(nil))
	if h.Get("X-Captcha-Token") != "cap" || len(h) != 1 {
		t.Fatal(h)
	}
	if pathValue("p/1") != "p/1" || pathValue(3) != "3" {
		t.Fatal("pathValue")
	}
	if Value((*int)(nil)) != 0 || Value(Ptr(5)) != 5 {
		t.Fatal("Value")
	}
}

func TestCallOptions(t *testing.T) {
	h := callHeader([]CallOption{WithHeader("X-Request-Id", "rid-1"), WithBearerToken("tok"), nil})
	if h.Get("Authorization") != "Bearer tok" || h.Get("X-Request-Id") != "rid-1" {
		t.Fatal(h)
	}
}
