package cloudbase

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
)

// ErrorCode is a wire error code of the service ("invalid_grant", "unauthenticated", ...) used
// as a sentinel: the generated code declares one constant per code of the spec's error
// catalogue (ErrInvalidGrant ...), and errors.Is(err, ErrInvalidGrant) is true for an
// *APIError whose Code is "invalid_grant". Being a string constant, a sentinel cannot be
// reassigned by other code, and codes the catalogue does not know yet still match:
// errors.Is(err, cloudbase.ErrorCode("some_new_code")).
type ErrorCode string

func (c ErrorCode) Error() string { return "cloudbase: " + string(c) }

// HTTPStatus is a sentinel matching every *APIError answered with that HTTP status:
// errors.Is(err, cloudbase.ErrStatusTooManyRequests).
type HTTPStatus int

func (s HTTPStatus) Error() string {
	return fmt.Sprintf("cloudbase: HTTP %d %s", int(s), http.StatusText(int(s)))
}

// Status sentinels, named ErrStatus* so they never clash with a catalogue code's sentinel (for the codes of the catalogue, see the generated ErrorCode constants).
const (
	ErrStatusBadRequest         = HTTPStatus(http.StatusBadRequest)
	ErrStatusUnauthorized       = HTTPStatus(http.StatusUnauthorized)
	ErrStatusForbidden          = HTTPStatus(http.StatusForbidden)
	ErrStatusNotFound           = HTTPStatus(http.StatusNotFound)
	ErrStatusConflict           = HTTPStatus(http.StatusConflict)
	ErrStatusTooManyRequests    = HTTPStatus(http.StatusTooManyRequests)
	ErrStatusServiceUnavailable = HTTPStatus(http.StatusServiceUnavailable)
)

// codeInvalidResponse is the Code of an answer the client does not read as the spec promises:
// not JSON, blank, missing a required field, too large or nested too deep.
const codeInvalidResponse = "invalid_response"

// ErrInvalidResponse matches an *APIError for an answer that is not what the spec documents (not
// JSON, blank, missing a required field, larger than WithMaxAnswerBytes, nested deeper than
// MaxAnswerDepth). Its StatusCode is the answer's status.
const ErrInvalidResponse = ErrorCode(codeInvalidResponse)

var (
	// ErrServer matches every *APIError with a 5xx status.
	ErrServer = errors.New("cloudbase: server error (HTTP 5xx)")
	// ErrGateway matches an *APIError in the access gateway's {code, message, requestId} shape.
	ErrGateway = errors.New("cloudbase: refused by the access gateway")
	// ErrNotSignedIn: a call that needs the session's access token, with no usable session.
	ErrNotSignedIn = errors.New("cloudbase: not signed in")
)

// APIError is an error answer of the service: any non-2xx status, or a 2xx body carrying a
// truthy "error", or the gateway's {code, message, requestId} shape (Gateway is then true,
// Code holds the gateway's code and Description its message). Description is redacted: it
// never holds a secret the request carried.
type APIError struct {
	StatusCode       int    // HTTP status (can be 2xx: the service sometimes reports an error inside a 200)
	Code             string // the wire "error" ("invalid_grant"), or the gateway's "code"
	ErrorCode        int    // the numeric "error_code" when the service sent one, else 0
	Description      string // "error_description" (or the gateway's "message"), redacted
	RequestID        string // the x-request-id the client sent
	Gateway          bool   // the answer had the gateway shape
	GatewayRequestID string // the gateway's own "requestId", when it gave one
	Operation        string // "GET /auth/v1/user/me"
}

func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("cloudbase: ")
	if e.Operation != "" {
		b.WriteString(e.Operation)
		b.WriteString(": ")
	}
	b.WriteString(e.Code)
	b.WriteString(" (HTTP ")
	b.WriteString(strconv.Itoa(e.StatusCode))
	if e.ErrorCode != 0 {
		b.WriteString(", error_code ")
		b.WriteString(strconv.Itoa(e.ErrorCode))
	}
	b.WriteString(")")
	if e.Description != "" {
		b.WriteString(": ")
		b.WriteString(e.Description)
	}
	if e.RequestID != "" {
		b.WriteString(" [request_id=")
		b.WriteString(e.RequestID)
		b.WriteString("]")
	}
	return b.String()
}

// Is lets errors.Is match an *APIError against an ErrorCode (its Code), an HTTPStatus (its
// status), ErrServer (5xx) or ErrGateway (the gateway shape).
func (e *APIError) Is(target error) bool {
	switch t := target.(type) {
	case ErrorCode:
		return string(t) == e.Code
	case HTTPStatus:
		return int(t) == e.StatusCode
	}
	switch target {
	case ErrServer:
		return e.StatusCode >= 500
	case ErrGateway:
		return e.Gateway
	}
	return false
}

// LogValue shows the error's fields to log/slog (all redacted already).
func (e *APIError) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Int("status", e.StatusCode),
		slog.String("error", e.Code),
		slog.Int("error_code", e.ErrorCode),
		slog.String("description", e.Description),
		slog.String("request_id", e.RequestID),
	)
}

// ConnectionError is a request that got no HTTP answer (connection refused, DNS, reset,
// timeout). Its text names the host, the cause and the call, never the query (it may hold a
// secret): "cannot connect to 127.0.0.1:8080 (connection refused) for GET /auth/v1/user/me".
type ConnectionError struct {
	Host      string // host:port
	Cause     string // a few words: "connection refused", "host name not resolved", ...
	Method    string
	Path      string // the URL path, without the query
	RequestID string
	Timeout   bool  // a timeout (or the context's deadline) ended the call
	Err       error // the transport's error, for errors.Is(err, context.DeadlineExceeded) and such
	connected bool
}

func (e *ConnectionError) Error() string {
	var what string
	switch {
	case !e.connected:
		what = fmt.Sprintf("cannot connect to %s (%s)", e.Host, e.Cause)
	case e.Timeout:
		what = fmt.Sprintf("no answer from %s in time (%s)", e.Host, e.Cause)
	default:
		what = fmt.Sprintf("the exchange with %s failed (%s)", e.Host, e.Cause)
	}
	text := fmt.Sprintf("cloudbase: %s for %s %s", what, e.Method, e.Path)
	if e.RequestID != "" {
		text += " [request_id=" + e.RequestID + "]"
	}
	return text
}

// Unwrap returns the transport's error. Its text is never part of Error() (a URL in it could
// carry a secret query value).
func (e *ConnectionError) Unwrap() error { return e.Err }

// fallbackCode names an error answer without an "error" field after its HTTP status.
func fallbackCode(status int) string {
	text := http.StatusText(status)
	if text == "" {
		return "http_" + strconv.Itoa(status)
	}
	text = strings.ToLower(text)
	return strings.NewReplacer(" ", "_", "-", "_", "'", "").Replace(text)
}

// errorFromBody is the error an answer stands for, or nil when it is a success. body is the
// decoded JSON object (nil or empty for no body); secrets are literal values to redact from
// the description.
func errorFromBody(status int, body map[string]any, requestID string, secrets []string) *APIError {
	ok := status >= 200 && status < 300
	errValue, hasError := body["error"]
	description := body["error_description"]
	gateway := false
	if !truthy(errValue) {
		code, isString := body["code"].(string)
		_, hasMessage := body["message"]
		if isString && code != "" && hasMessage {
			errValue, description, gateway = code, body["message"], true
		} else if ok {
			return nil
		}
	}
	code, isString := errValue.(string)
	if !isString || code == "" {
		if hasError && truthy(errValue) {
			code = fmt.Sprint(errValue)
		} else {
			code = fallbackCode(status)
		}
	}
	e := &APIError{
		StatusCode: status,
		Code:       RedactText(code, secrets...),
		RequestID:  requestID,
		Gateway:    gateway,
	}
	switch n := body["error_code"].(type) {
	case float64:
		if n == float64(int(n)) {
			e.ErrorCode = int(n)
		}
	case string:
		if v, err := strconv.Atoi(n); err == nil && v >= 0 {
			e.ErrorCode = v
		}
	}
	if description != nil {
		e.Description = RedactText(fmt.Sprint(description), secrets...)
	}
	if gateway {
		if id, ok := body["requestId"].(string); ok {
			e.GatewayRequestID = RedactText(id, secrets...)
		}
	}
	return e
}

// truthy is Python's truth for a decoded JSON value.
func truthy(v any) bool {
	switch t := v.(type) {
	case nil:
		return false
	case bool:
		return t
	case string:
		return t != ""
	case float64:
		return t != 0
	case map[string]any:
		return len(t) > 0
	case []any:
		return len(t) > 0
	}
	return true
}
