package cloudbase

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Answers are bounded: CloudBase Auth answers are small, so a huge or absurdly nested one is
// an error of its own (ErrInvalidResponse) rather than memory or time spent on it.
const (
	DefaultMaxAnswerBytes = 8 << 20 // the cap on one answer's body, WithMaxAnswerBytes changes it
	MaxAnswerDepth        = 512     // JSON nested deeper than this is refused
)

var pathParamRE = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// do runs one operation: every generated method calls it. pathParams fill the spec path's
// {name} placeholders (percent-encoded); query and headers are extra parameters (nil: none);
// body is JSON-encoded when not nil; the answer's JSON is decoded into out when not nil.
func (c *Client) do(ctx context.Context, op OperationSpec, pathParams map[string]string, query url.Values, headers http.Header, body, out any) error {
	if !validAuth(op.Auth) {
		return fmt.Errorf("cloudbase: %s: unknown auth mode %q", op.OperationID, op.Auth)
	}
	ctx, cancel := c.callContext(ctx)
	defer cancel()
	var payload any
	if body != nil {
		// Through JSON once, so redaction and secret collection see the wire field names.
		raw, err := marshalJSON(body)
		if err != nil {
			return fmt.Errorf("cloudbase: %s: cannot encode the request body: %w", op.OperationID, err)
		}
		if err := json.Unmarshal(raw, &payload); err != nil {
			return fmt.Errorf("cloudbase: %s: cannot encode the request body: %w", op.OperationID, err)
		}
	}
	payload, query, headers = applyFixed(op, payload, query, headers)
	authorization := c.authorizationFor(op)
	var sent *Session
	if c.wantsBearer(op) && headers.Get("Authorization") == "" {
		s, err := c.freshSession(ctx)
		if err != nil {
			return err
		}
		sent, authorization = s, s.authorization()
	}
	raw, answer, err := c.send(ctx, op, authorization, pathParams, query, headers, payload)
	var apiErr *APIError
	if err != nil && sent != nil && errors.As(err, &apiErr) && (apiErr.Code == "unauthenticated" || apiErr.StatusCode == http.StatusUnauthorized) {
		// The service refused a token the local clock still trusts (revoked, a skewed clock,
		// a restored VM): refresh once and retry once; a second refusal is returned as it is.
		fresh, refreshErr := c.refreshAfterRejection(ctx, sent)
		if refreshErr != nil {
			return refreshErr // the refresh's own error (invalid_grant: the session is gone)
		}
		if fresh == nil {
			return err
		}
		sent = fresh
		raw, answer, err = c.send(ctx, op, fresh.authorization(), pathParams, query, headers, payload)
	}
	if err != nil {
		return err
	}
	if out != nil {
		// The operation documents a JSON object: a blank answer, or one without a required
		// field, is not it (and must not become an empty result or an empty session).
		if err := decodeAnswer(raw, answer, out); err != nil {
			return &APIError{
				StatusCode:  http.StatusOK,
				Code:        codeInvalidResponse,
				Description: "the answer does not match the documented type: " + err.Error(),
				Operation:   op.Method + " " + c.base.Path + op.Path,
			}
		}
	}
	c.afterSuccess(op, answer, payload, headers, sent)
	return nil
}

// applyFixed fills in the fields the spec pins to one value (op.Fixed) that the caller left
// out or at Go's zero value. The caller's query and headers are copied before any change.
func applyFixed(op OperationSpec, payload any, query url.Values, headers http.Header) (any, url.Values, http.Header) {
	for _, f := range op.Fixed {
		switch f.In {
		case "body":
			fields, ok := payload.(map[string]any)
			if payload == nil {
				fields, ok = map[string]any{}, true
				payload = fields
			}
			if ok && zeroJSON(fields[f.Name]) {
				fields[f.Name] = f.Value
			}
		case "query":
			if query.Get(f.Name) == "" {
				copied := url.Values{}
				for k, vs := range query {
					copied[k] = append([]string(nil), vs...)
				}
				copied.Set(f.Name, fmt.Sprint(f.Value))
				query = copied
			}
		case "header":
			if headers.Get(f.Name) == "" {
				copied := headers.Clone()
				if copied == nil {
					copied = http.Header{}
				}
				copied.Set(f.Name, fmt.Sprint(f.Value))
				headers = copied
			}
		}
	}
	return payload, query, headers
}

// zeroJSON: a decoded JSON value that is absent or Go's zero value of its kind.
func zeroJSON(v any) bool {
	switch t := v.(type) {
	case nil:
		return true
	case string:
		return t == ""
	case float64:
		return t == 0
	case bool:
		return !t
	}
	return false
}

// decodeAnswer decodes a 2xx answer into out, refusing a blank one and one that lacks a
// field out's type requires (a json tag without omitempty).
func decodeAnswer(raw []byte, answer map[string]any, out any) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return errors.New("the answer is empty")
	}
	if missing := missingRequired(out, answer); missing != "" {
		return fmt.Errorf("the answer has no %q", missing)
	}
	return json.Unmarshal(raw, out)
}

// missingRequired is the first field out's struct type requires that answer lacks, or "".
func missingRequired(out any, answer map[string]any) string {
	t := reflect.TypeOf(out)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return ""
	}
	for i := 0; i < t.NumField(); i++ {
		name, options, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" || strings.Contains(options, "omitempty") {
			continue
		}
		if _, ok := answer[name]; !ok {
			return name
		}
	}
	return ""
}

// callContext bounds a call by the client's timeout (an earlier deadline of ctx wins).
func (c *Client) callContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx == nil {
		ctx = context.Background()
	}
	if c.timeout > 0 {
		return context.WithTimeout(ctx, c.timeout)
	}
	return context.WithCancel(ctx)
}

// marshalJSON is compact JSON without HTML escaping ("<" stays "<", as other clients send it).
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// authorizationFor is the Basic credentials of operations that take them; bearer tokens are
// chosen by do (they may need a refresh first).
func (c *Client) authorizationFor(op OperationSpec) string {
	if op.Auth == AuthBasic || op.Auth == AuthSecretBasic || (op.Auth == AuthBearerOrBasic && c.currentSession() == nil) {
		raw := c.clientID + ":" + c.clientSecret
		return "Basic " + base64.StdEncoding.EncodeToString([]byte(raw))
	}
	return ""
}

// wantsBearer: bearer always (no session is an error); bearer_optional and bearer_or_basic
// when signed in (as the SDK does).
func (c *Client) wantsBearer(op OperationSpec) bool {
	return op.Auth == AuthBearer || ((op.Auth == AuthBearerOptional || op.Auth == AuthBearerOrBasic) && c.currentSession() != nil)
}

// escapePathSegment percent-encodes everything but unreserved characters (Python's quote(safe="")).
func escapePathSegment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_' || ch == '.' || ch == '~' {
			b.WriteByte(ch)
		} else {
			fmt.Fprintf(&b, "%%%02X", ch)
		}
	}
	return b.String()
}

type prepared struct {
	method    string
	url       *url.URL
	path      string // the URL path, for messages (never the query)
	header    http.Header
	body      []byte
	requestID string
	secrets   []string
	query     url.Values
	payload   any
}

func (c *Client) prepare(op OperationSpec, authorization string, pathParams map[string]string, query url.Values, headers http.Header, payload any) (*prepared, error) {
	var missing string
	path := pathParamRE.ReplaceAllStringFunc(op.Path, func(m string) string {
		name := m[1 : len(m)-1]
		v, ok := pathParams[name]
		if !ok {
			missing = name
		}
		return escapePathSegment(v)
	})
	if missing != "" {
		return nil, fmt.Errorf("cloudbase: %s: missing path parameter %q", op.OperationID, missing)
	}
	q := url.Values{}
	for k, vs := range query {
		q[k] = append([]string(nil), vs...)
	}
	// Like the JS SDK: client_id goes on every call that carries no Bearer token (which calls:
	// SendsClientID, decided once in the spec's IR).
	if op.SendsClientID && !strings.HasPrefix(authorization, "Bearer ") && !q.Has("client_id") {
		q.Set("client_id", c.clientID)
	}
	u := *c.base
	u.Path = c.base.Path + unescapeForPath(path)
	u.RawPath = c.base.EscapedPath() + path
	u.RawQuery = q.Encode()
	p := &prepared{method: op.Method, url: &u, path: u.EscapedPath(), query: q, payload: payload}

	h := http.Header{}
	h.Set("Accept", "application/json")
	h.Set("X-Device-Id", c.deviceID)
	h.Set("X-Sdk-Version", c.userAgent)
	h.Set("User-Agent", c.userAgent)
	if payload != nil {
		raw, err := marshalJSON(payload)
		if err != nil {
			return nil, err
		}
		p.body = raw
		h.Set("Content-Type", "application/json")
	}
	attach := authorization != "" && headers.Get("Authorization") == ""
	if attach {
		h.Set("Authorization", authorization)
	}
	for k, vs := range headers {
		h[http.CanonicalHeaderKey(k)] = append([]string(nil), vs...)
	}
	p.requestID = h.Get("X-Request-Id")
	if p.requestID == "" {
		p.requestID = newID()
		h.Set("X-Request-Id", p.requestID)
	}
	if op.Auth == AuthTC3 && headers.Get("Authorization") == "" {
		if c.tc3 == nil {
			return nil, fmt.Errorf("cloudbase: %s is signed with an API key pair: use WithTC3Credentials", op.OperationID)
		}
		// Signed over the final request (host, content-type, body), as node-sdk signs it.
		h.Set("Authorization", c.tc3.authorization(op.Method, u.EscapedPath(), u.RawQuery, u.Host, h.Get("Content-Type"), p.body, c.now().Unix()-1))
		attach = true
	}
	if attach {
		if host := h.Get("Host"); host != "" && host != c.base.Host {
			return nil, fmt.Errorf("cloudbase: refusing to send credentials to %q: the client is configured for %q", host, c.base.Host)
		}
		if u.Scheme != c.base.Scheme || u.Host != c.base.Host {
			return nil, fmt.Errorf("cloudbase: refusing to send credentials to %q: the client is configured for %q", u.Host, c.base.Host)
		}
	}
	p.header = h
	p.secrets = c.knownSecrets()
	if auth := h.Get("Authorization"); auth != "" {
		if _, cred, ok := strings.Cut(auth, " "); ok {
			p.secrets = append(p.secrets, cred)
		}
	}
	collectSecrets(payload, false, &p.secrets)
	querySecrets(q, &p.secrets)
	return p, nil
}

func unescapeForPath(escaped string) string {
	if v, err := url.PathUnescape(escaped); err == nil {
		return v
	}
	return escaped
}

// send makes the HTTP exchange of one operation, with the retries that are safe, and returns
// the raw 2xx answer and its decoded JSON object (empty for an empty body), or the error.
func (c *Client) send(ctx context.Context, op OperationSpec, authorization string, pathParams map[string]string, query url.Values, headers http.Header, payload any) ([]byte, map[string]any, error) {
	p, err := c.prepare(op, authorization, pathParams, query, headers, payload)
	if err != nil {
		return nil, nil, err
	}
	for attempt := 1; ; attempt++ {
		c.logAttempt(ctx, p, attempt)
		started := time.Now()
		req, err := http.NewRequestWithContext(ctx, p.method, p.url.String(), bytes.NewReader(p.body))
		if err != nil {
			return nil, nil, fmt.Errorf("cloudbase: %s %s: %w", p.method, p.path, err)
		}
		if p.body == nil {
			req.Body, req.ContentLength = http.NoBody, 0
		}
		req.Header = p.header.Clone()
		if host := p.header.Get("Host"); host != "" {
			req.Host = host
		}
		resp, err := c.http.Do(req)
		if err != nil {
			connErr := c.connectionError(ctx, err, p)
			if !connErr.connected && ctx.Err() == nil {
				if delay, ok := c.retryWait(ctx, attempt-1, ""); ok {
					c.logRetry(ctx, p, attempt, connErr.Cause, delay)
					if sleep(ctx, delay) == nil {
						continue
					}
				}
			}
			return nil, nil, connErr
		}
		if retryStatus(resp.StatusCode) {
			if delay, ok := c.retryWait(ctx, attempt-1, resp.Header.Get("Retry-After")); ok {
				_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, c.maxAnswer))
				_ = resp.Body.Close()
				c.logRetry(ctx, p, attempt, "status "+strconv.Itoa(resp.StatusCode), delay)
				if sleep(ctx, delay) == nil {
					continue
				}
				return nil, nil, &ConnectionError{Host: hostPort(p.url), Cause: "timed out waiting to retry", Method: p.method, Path: p.path, RequestID: p.requestID, Timeout: true, Err: ctx.Err(), connected: true}
			}
		}
		// One byte more than the cap tells a too large answer from one of exactly the cap.
		raw, readErr := io.ReadAll(io.LimitReader(resp.Body, c.maxAnswer+1))
		_ = resp.Body.Close()
		if readErr != nil {
			return nil, nil, c.connectionError(ctx, readErr, p)
		}
		c.logAnswer(ctx, p, resp.StatusCode, time.Since(started))
		if int64(len(raw)) > c.maxAnswer {
			return nil, nil, c.invalidAnswer(p, resp.StatusCode, fmt.Sprintf("the answer is larger than %d bytes (WithMaxAnswerBytes)", c.maxAnswer))
		}
		answer, err := c.parse(op, resp.StatusCode, raw, p)
		if err != nil {
			return nil, nil, err
		}
		return raw, answer, nil
	}
}

// retryWait is the wait before the next attempt, or false when no retry is allowed: none
// left, or a wait (Retry-After included) that would end after the context's deadline.
func (c *Client) retryWait(ctx context.Context, retriesDone int, retryAfter string) (time.Duration, bool) {
	if retriesDone >= c.maxRetries {
		return 0, false
	}
	delay := retryDelay(retriesDone, retryAfter, c.now(), c.jitter)
	if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) <= delay {
		return 0, false
	}
	return delay, true
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// invalidAnswer is the error of an answer the client will not read (ErrInvalidResponse).
func (c *Client) invalidAnswer(p *prepared, status int, why string) *APIError {
	return &APIError{StatusCode: status, Code: codeInvalidResponse, Description: why, RequestID: p.requestID, Operation: p.method + " " + p.path}
}

func (c *Client) parse(op OperationSpec, status int, raw []byte, p *prepared) (map[string]any, error) {
	answer := map[string]any{}
	if jsonDeeperThan(raw, MaxAnswerDepth) {
		return nil, c.invalidAnswer(p, status, fmt.Sprintf("the answer's JSON is nested deeper than %d levels", MaxAnswerDepth))
	}
	if len(bytes.TrimSpace(raw)) > 0 {
		var decoded any
		if json.Unmarshal(raw, &decoded) == nil {
			if object, ok := decoded.(map[string]any); ok {
				answer = object
			} else if status >= 200 && status < 300 {
				decoded = nil
			}
		}
		if decoded == nil && status >= 200 && status < 300 {
			return nil, c.invalidAnswer(p, status, "the answer is not a JSON object")
		}
	}
	apiErr := errorFromBody(status, answer, p.requestID, p.secrets)
	if apiErr == nil {
		return answer, nil
	}
	apiErr.Operation = p.method + " " + p.path
	if status == http.StatusNotFound {
		// As the Python client: the hint follows whatever the answer said.
		hint := ""
		if !strings.HasSuffix(c.base.Path, "/auth/v1") {
			hint = fmt.Sprintf("the base URL should end with /auth/v1 (it is %q)", c.baseURL)
		} else if !truthy(answer["error"]) && !apiErr.Gateway {
			hint = fmt.Sprintf("the answer is not from CloudBase Auth (nothing at %s): is the base URL %q the right service?", p.path, c.baseURL)
		}
		if hint != "" && apiErr.Description != "" {
			apiErr.Description += "; " + hint
		} else if hint != "" {
			apiErr.Description = hint
		}
	}
	if status >= 400 && status < 500 {
		if payload, ok := p.payload.(map[string]any); ok {
			if ticket, ok := payload["ticket"].(string); ok {
				said := strings.Contains(strings.ToLower(apiErr.Description), "expire")
				if hint := ticketExpiryHint(ticket, c.now(), said); hint != "" {
					if apiErr.Description != "" {
						apiErr.Description += "; "
					}
					apiErr.Description += hint
				}
			}
		}
	}
	c.logError(p, apiErr)
	return nil, apiErr
}

// ticketExpiryHint says, for a refused custom-login ticket, when it expired (its "exp" claim,
// in milliseconds), read without verifying anything and without showing the ticket. A ticket
// still valid by the local clock gets a hint only when the service said it expired (then the
// clocks differ). "" when there is nothing to say.
func ticketExpiryHint(ticket string, now time.Time, saidExpired bool) string {
	if i := strings.LastIndex(ticket, "/@@/"); i >= 0 {
		ticket = ticket[i+4:]
	}
	parts := strings.Split(ticket, ".")
	if len(parts) != 3 {
		return ""
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return ""
	}
	var claims struct {
		Exp *float64 `json:"exp"`
	}
	if json.Unmarshal(raw, &claims) != nil || claims.Exp == nil {
		return ""
	}
	expires := time.UnixMilli(int64(*claims.Exp)).UTC()
	stamp := expires.Format(time.RFC3339)
	if age := now.Sub(expires); age >= 0 {
		return fmt.Sprintf("the ticket expired at %s, %.0fs before this call by this machine's clock "+
			"(tickets live 10 minutes: mint one with CreateTicket just before signing in)", stamp, age.Seconds())
	}
	if !saidExpired {
		return ""
	}
	return fmt.Sprintf("the ticket expires at %s by its claims; the service's clock may be ahead of this machine's", stamp)
}

func hostPort(u *url.URL) string {
	if u.Port() != "" {
		return u.Host
	}
	if u.Scheme == "https" {
		return u.Host + ":443"
	}
	return u.Host + ":80"
}

// connectionError describes a request that got no answer: where, why and which call.
func (c *Client) connectionError(ctx context.Context, err error, p *prepared) *ConnectionError {
	inner := err
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		inner = urlErr.Err // url.Error's text holds the URL, query included: never kept
	}
	e := &ConnectionError{Host: hostPort(p.url), Method: p.method, Path: p.path, RequestID: p.requestID, Err: inner, connected: true}
	var opErr *net.OpError
	var dnsErr *net.DNSError
	if errors.As(inner, &opErr) && opErr.Op == "dial" || errors.As(inner, &dnsErr) {
		e.connected = false // the request never left this machine: a retry cannot run it twice
	}
	var certErr *tls.CertificateVerificationError
	var unknownAuthority x509.UnknownAuthorityError
	var hostnameErr x509.HostnameError
	var recordErr tls.RecordHeaderError
	var netErr net.Error
	switch {
	case errors.Is(inner, context.DeadlineExceeded) || ctx.Err() == context.DeadlineExceeded:
		e.Cause, e.Timeout = "the call's deadline passed", true
		e.Err = context.DeadlineExceeded
	case errors.Is(inner, context.Canceled) || ctx.Err() == context.Canceled:
		e.Cause = "the call was canceled"
		e.Err = context.Canceled
	case errors.As(inner, &dnsErr):
		e.Cause = "host name not resolved"
	case errors.Is(inner, syscall.ECONNREFUSED):
		e.Cause = "connection refused"
	case errors.Is(inner, syscall.ECONNRESET):
		e.Cause = "connection reset"
	case errors.Is(inner, syscall.EHOSTUNREACH):
		e.Cause = "host unreachable"
	case errors.Is(inner, syscall.ENETUNREACH):
		e.Cause = "network unreachable"
	case errors.As(inner, &certErr) || errors.As(inner, &unknownAuthority) || errors.As(inner, &hostnameErr):
		e.Cause = "TLS certificate rejected"
	case errors.As(inner, &recordErr):
		e.Cause = "TLS handshake failed"
	case errors.As(inner, &netErr) && netErr.Timeout():
		e.Cause, e.Timeout = "timed out", true
	case errors.Is(inner, io.EOF) || errors.Is(inner, io.ErrUnexpectedEOF):
		e.Cause = "the server closed the connection"
	default:
		e.Cause = "transport error"
	}
	return e
}

// jsonDeeperThan reports whether raw (JSON or not) opens more than limit arrays and objects
// inside one another, counting outside strings only: one pass, no allocation.
func jsonDeeperThan(raw []byte, limit int) bool {
	depth, inString, escaped := 0, false, false
	for _, b := range raw {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
			}
		case b == '"':
			inString = true
		case b == '[' || b == '{':
			depth++
			if depth > limit {
				return true
			}
		case b == ']' || b == '}':
			depth--
		}
	}
	return false
}
