// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Retries happen only where a retry cannot double an effect: the connection was never made,
// or the service answered 429 or 503. A read timeout or a 500 may have been acted on.
const (
	retryBaseDelay     = 500 * time.Millisecond
	retryMaxDelay      = 8 * time.Second
	retryMaxRetryAfter = 60 * time.Second // a longer Retry-After is capped
)

func retryStatus(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// parseRetryAfter is the wait a Retry-After header asks for (delta seconds or an HTTP date).
func parseRetryAfter(value string, now time.Time) (time.Duration, bool) {
	value = strings.TrimSpace(value)
	if value == "" {
		return 0, false
	}
	var wait time.Duration
	if seconds, err := strconv.ParseFloat(value, 64); err == nil {
		if math.IsNaN(seconds) {
			return 0, false
		}
		if seconds > retryMaxRetryAfter.Seconds() {
			return retryMaxRetryAfter, true
		}
		wait = time.Duration(seconds * float64(time.Second))
	} else if when, err := http.ParseTime(value); err == nil {
		wait = when.Sub(now)
	} else {
		return 0, false
	}
	if wait < 0 {
		wait = 0
	}
	if wait > retryMaxRetryAfter {
		wait = retryMaxRetryAfter
	}
	return wait, true
}

// retryDelay is the wait before retry number retriesDone+1: Retry-After when the answer had
// one, else exponential backoff (0.5 s, 1 s, 2 s ... capped at 8 s) with jitter down to half
// of it. jitter returns a number in [0, 1).
func retryDelay(retriesDone int, retryAfter string, now time.Time, jitter func() float64) time.Duration {
	if wait, ok := parseRetryAfter(retryAfter, now); ok {
		return wait
	}
	delay := retryBaseDelay << min(retriesDone, 8)
	if delay > retryMaxDelay {
		delay = retryMaxDelay
	}
	return time.Duration(float64(delay) * (0.5 + 0.5*jitter()))
}
