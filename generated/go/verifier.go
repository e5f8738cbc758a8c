// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// A Verifier checks the access tokens callers send to a backend or gateway: it asks the service
// (GET /token/introspect with the token as Bearer) and caches the answer, so that the service is
// asked once per token per MaxTTL, not once per request.
//
// An active answer is kept until min(exp, now + MaxTTL), an inactive one for NegativeTTL, in
// LRUs of CacheSize entries keyed by the token's SHA-256 (the token itself is never kept),
// active and inactive apart, so a flood of junk tokens cannot evict the valid ones. One
// introspection per token at a time, whatever the number of goroutines asking. Failures are
// never cached, and never let a token in. A revoked token is refused at most MaxTTL after its
// revocation.
type Verifier struct {
	client        *Client
	cacheSize     int
	maxTTL        time.Duration
	negativeTTL   time.Duration
	publicPaths   map[string]bool
	publicPrefix  []string
	realm         string
	now           func() time.Time // replaceable in tests
	introspection atomic.Int64

	mu       sync.Mutex
	active   *lruCache
	inactive *lruCache
	flights  map[[32]byte]*flight
}

// Defaults of NewVerifier.
const (
	DefaultVerifierCacheSize   = 10000
	DefaultVerifierMaxTTL      = time.Minute      // the longest a revoked token keeps working
	DefaultVerifierNegativeTTL = 10 * time.Second // how long an inactive answer is kept
	// MaxTokenLength: longer "tokens" are refused without asking (access tokens are ~1 KiB).
	MaxTokenLength = 8192
)

// Errors of Verify, for errors.Is. ErrTokenExpired also matches ErrTokenInactive.
var (
	// ErrTokenInactive: the service says the token is not valid (revoked, signed out, unknown),
	// or it is malformed. A middleware answers 401.
	ErrTokenInactive = errors.New("cloudbase: the token is not active")
	// ErrTokenExpired: the token's expiry has passed. Not to be confused with ErrExpiredToken,
	// the service's error code of the device-code grant.
	ErrTokenExpired = errors.New("cloudbase: the token has expired")
	// ErrVerificationUnavailable: the service could not be asked (unreachable, timed out, an
	// error or an answer that is not the documented one). The token is refused: answer 503.
	ErrVerificationUnavailable = errors.New("cloudbase: the token could not be verified")
)

// VerifyError is the error Verify returns: errors.Is(err, ErrTokenInactive) and friends tell
// its kind, errors.As reaches the client's error behind an unavailable verification. Its text
// never holds the token.
type VerifyError struct {
	Kind   error // ErrTokenInactive, ErrTokenExpired or ErrVerificationUnavailable
	Reason string
	Err    error // the client's error, for ErrVerificationUnavailable
}

func (e *VerifyError) Error() string { return "cloudbase: verify: " + e.Reason }

// Is matches the error's kind; an expired token is an inactive one too.
func (e *VerifyError) Is(target error) bool {
	return target == e.Kind || (e.Kind == ErrTokenExpired && target == ErrTokenInactive)
}

// Unwrap returns the client's error (nil for an inactive token).
func (e *VerifyError) Unwrap() error { return e.Err }

// VerifiedToken is what the service said about an active token (never the token itself).
// ExpiresAt is the answer's exp, else the token's own exp claim (zero when neither says); Groups
// are the group IDs when the answer lists them; Claims is the whole introspection answer.
type VerifiedToken struct {
	Sub       string
	Scope     string // space-separated
	ClientID  string
	TokenType string
	ExpiresAt time.Time
	Groups    []string
	Claims    map[string]any
}

// HasScope reports whether the token grants scope.
func (t *VerifiedToken) HasScope(scope string) bool {
	for _, s := range strings.Fields(t.Scope) {
		if s == scope {
			return true
		}
	}
	return false
}

// VerifierOption configures a Verifier in NewVerifier.
type VerifierOption func(*Verifier) error

// WithCacheSize bounds each LRU (active and inactive answers) to n entries (default 10000).
func WithCacheSize(n int) VerifierOption {
	return func(v *Verifier) error {
		if n < 1 {
			return errors.New("WithCacheSize: the size must be >= 1")
		}
		v.cacheSize = n
		return nil
	}
}

// WithMaxTTL sets how long an active answer is trusted, so the longest a revoked token keeps
// working (default 1 minute; 0 asks the service on every request).
func WithMaxTTL(d time.Duration) VerifierOption {
	return func(v *Verifier) error {
		if d < 0 {
			return errors.New("WithMaxTTL: the duration must be >= 0")
		}
		v.maxTTL = d
		return nil
	}
}

// WithNegativeTTL sets how long an inactive answer is kept (default 10 s).
func WithNegativeTTL(d time.Duration) VerifierOption {
	return func(v *Verifier) error {
		if d < 0 {
			return errors.New("WithNegativeTTL: the duration must be >= 0")
		}
		v.negativeTTL = d
		return nil
	}
}

// WithPublicPaths lets requests for exactly these paths through Middleware unauthenticated.
func WithPublicPaths(paths ...string) VerifierOption {
	return func(v *Verifier) error {
		for _, p := range paths {
			if !strings.HasPrefix(p, "/") {
				return fmt.Errorf("WithPublicPaths: %q does not start with '/'", p)
			}
			v.publicPaths[p] = true
		}
		return nil
	}
}

// WithPublicPrefixes lets requests for paths starting with these prefixes through Middleware
// unauthenticated ("/static/").
func WithPublicPrefixes(prefixes ...string) VerifierOption {
	return func(v *Verifier) error {
		for _, p := range prefixes {
			if !strings.HasPrefix(p, "/") {
				return fmt.Errorf("WithPublicPrefixes: %q does not start with '/'", p)
			}
			v.publicPrefix = append(v.publicPrefix, p)
		}
		return nil
	}
}

var realmRE = regexp.MustCompile(`^[\x20-\x7e]*$`)

// WithRealm adds realm="..." to the WWW-Authenticate challenges of Middleware.
func WithRealm(realm string) VerifierOption {
	return func(v *Verifier) error {
		if !realmRE.MatchString(realm) {
			return errors.New("WithRealm: printable ASCII only")
		}
		v.realm = realm
		return nil
	}
}

// NewVerifier returns a Verifier that asks the service through client. The client's own
// session, if any, is neither used nor changed; each introspection is bounded by the client's
// timeout (WithTimeout) and its retries.
func NewVerifier(client *Client, opts ...VerifierOption) (*Verifier, error) {
	if client == nil {
		return nil, errors.New("cloudbase: NewVerifier: nil *Client")
	}
	v := &Verifier{
		client:      client,
		cacheSize:   DefaultVerifierCacheSize,
		maxTTL:      DefaultVerifierMaxTTL,
		negativeTTL: DefaultVerifierNegativeTTL,
		publicPaths: map[string]bool{},
		now:         time.Now,
		flights:     map[[32]byte]*flight{},
	}
	var errs []error
	for _, opt := range opts {
		if opt != nil {
			if err := opt(v); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("cloudbase: %w", errors.Join(errs...))
	}
	v.active = newLRU(v.cacheSize)
	v.inactive = newLRU(v.cacheSize)
	return v, nil
}

// MaxTTL is the longest a revoked token can still be accepted.
func (v *Verifier) MaxTTL() time.Duration { return v.maxTTL }

// Introspections is how many introspections the verifier has sent (for metrics).
func (v *Verifier) Introspections() int64 { return v.introspection.Load() }

// Clear forgets every cached answer (say, after a mass revocation).
func (v *Verifier) Clear() {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.active = newLRU(v.cacheSize)
	v.inactive = newLRU(v.cacheSize)
}

// String never shows a token.
func (v *Verifier) String() string {
	return fmt.Sprintf("cloudbase.Verifier{maxTTL: %s, negativeTTL: %s, cacheSize: %d}", v.maxTTL, v.negativeTTL, v.cacheSize)
}

// flight is one introspection in progress that every goroutine asking about its token waits for.
type flight struct {
	done  chan struct{}
	token *VerifiedToken
	err   error
}

// token68Chars: what a Bearer token is made of (RFC 6750's b64token), before its '=' padding.
var token68Chars = func() (t [256]bool) {
	for _, c := range []byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/") {
		t[c] = true
	}
	return t
}()

// isToken68 is token68's syntax, by hand: a regexp costs tens of microseconds on a 1 KiB token,
// on every request.
func isToken68(s string) bool {
	i := 0
	for i < len(s) && token68Chars[s[i]] {
		i++
	}
	if i == 0 {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] != '=' {
			return false
		}
	}
	return true
}

// bearerToken is the token of an Authorization value "Bearer <token>" (the scheme in any case,
// one or more spaces before the token, trailing spaces allowed; RFC 6750 2.1). The token's own
// syntax (token68) is Verify's check, made once per request.
func bearerToken(value string) (string, bool) {
	const scheme = "bearer"
	if len(value) <= len(scheme) || !strings.EqualFold(value[:len(scheme)], scheme) || value[len(scheme)] != ' ' {
		return "", false
	}
	token := strings.TrimRight(strings.TrimLeft(value[len(scheme):], " "), " ")
	return token, token != "" && !strings.ContainsRune(token, ' ')
}

// Verify returns the token's details if the service says it is active. Errors: ErrTokenInactive
// (ErrTokenExpired) and ErrVerificationUnavailable, as *VerifyError. A ctx that ends first
// ends the wait (ErrVerificationUnavailable), not the introspection others may be waiting for.
func (v *Verifier) Verify(ctx context.Context, token string) (*VerifiedToken, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if token == "" {
		return nil, &VerifyError{Kind: ErrTokenInactive, Reason: "no token"}
	}
	if len(token) > MaxTokenLength {
		return nil, &VerifyError{Kind: ErrTokenInactive, Reason: "the token is malformed"}
	}
	key := tokenKey(token)
	v.mu.Lock()
	if tok, err, ok := v.cachedLocked(key); ok {
		// No syntax check on a hit: only well-formed tokens are ever asked about, so cached.
		v.mu.Unlock()
		return tok, err
	}
	if !isToken68(token) {
		v.mu.Unlock()
		return nil, &VerifyError{Kind: ErrTokenInactive, Reason: "the token is malformed"}
	}
	f := v.flights[key]
	if f == nil {
		f = &flight{done: make(chan struct{})}
		v.flights[key] = f
		// Detached from ctx: the answer serves every waiter, whoever asked first. The client's
		// timeout bounds it.
		go v.introspect(context.WithoutCancel(ctx), token, key, f)
	}
	v.mu.Unlock()
	select {
	case <-f.done:
		return f.token, copyError(f.err)
	case <-ctx.Done():
		return nil, &VerifyError{Kind: ErrVerificationUnavailable, Reason: "gave up waiting: " + ctx.Err().Error(), Err: ctx.Err()}
	}
}

// keyBuffers hold the token's bytes while they are hashed: sha256.Sum256([]byte(token)) would
// allocate a 1 KiB copy on every request.
var keyBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

// tokenKey is the cache key of a token: its SHA-256 (the token itself is never kept).
func tokenKey(token string) [32]byte {
	buf := keyBuffers.Get().(*[]byte)
	b := append((*buf)[:0], token...)
	key := sha256.Sum256(b)
	clear(b) // the pool never holds a token
	*buf = b[:0]
	keyBuffers.Put(buf)
	return key
}

// copyError gives each waiter its own *VerifyError (callers may wrap or change theirs).
func copyError(err error) error {
	var ve *VerifyError
	if errors.As(err, &ve) {
		c := *ve
		return &c
	}
	return err
}

func (v *Verifier) introspect(ctx context.Context, token string, key [32]byte, f *flight) {
	defer func() {
		if r := recover(); r != nil { // fail closed, whatever went wrong
			f.token, f.err = nil, &VerifyError{Kind: ErrVerificationUnavailable, Reason: "the introspection failed"}
		}
		v.mu.Lock()
		delete(v.flights, key)
		v.mu.Unlock()
		close(f.done)
	}()
	v.introspection.Add(1)
	header := http.Header{}
	header.Set("Authorization", "Bearer "+token)
	answer := map[string]any{}
	err := v.client.do(ctx, spec.Introspect, nil, nil, header, nil, &answer)
	var apiErr *APIError
	switch {
	case err == nil:
		f.token, f.err = v.store(answer, token, key)
	case errors.As(err, &apiErr) && (apiErr.StatusCode == http.StatusUnauthorized || apiErr.Code == "unauthenticated"):
		// The token is the request's only credential: the service refused the token itself.
		f.token, f.err = v.store(map[string]any{}, token, key)
	case errors.As(err, &apiErr):
		// The description is not repeated: it could echo the token.
		f.err = &VerifyError{Kind: ErrVerificationUnavailable, Reason: fmt.Sprintf("the service answered %s (HTTP %d)", apiErr.Code, apiErr.StatusCode), Err: err}
	default:
		f.err = &VerifyError{Kind: ErrVerificationUnavailable, Reason: "could not ask the service", Err: err}
	}
}

// store turns an introspection answer into the result, and caches it.
func (v *Verifier) store(answer map[string]any, token string, key [32]byte) (*VerifiedToken, error) {
	now := v.now()
	exp, hasExp := expiryOf(answer, token)
	if active, ok := answer["active"].(bool); len(answer) == 0 || (ok && !active) {
		expired := hasExp && !exp.After(now)
		v.mu.Lock()
		v.inactive.put(key, &cacheEntry{until: now.Add(v.negativeTTL), expires: expired})
		v.mu.Unlock()
		return nil, inactiveError(expired)
	}
	sub, _ := answer["sub"].(string)
	if sub == "" {
		return nil, &VerifyError{Kind: ErrVerificationUnavailable, Reason: "the introspection answer has no subject (sub)"}
	}
	tok := &VerifiedToken{Sub: sub, Groups: groupsOf(answer["groups"]), Claims: answer}
	tok.Scope, _ = answer["scope"].(string)
	tok.ClientID, _ = answer["client_id"].(string)
	tok.TokenType, _ = answer["token_type"].(string)
	life := v.maxTTL
	expires := false
	if hasExp {
		tok.ExpiresAt = exp
		if until := exp.Sub(now); until <= life {
			life, expires = until, true
		}
	}
	// life <= 0: active at the service, expired by our clock (skew): believed, not cached.
	if life > 0 {
		v.mu.Lock()
		v.active.put(key, &cacheEntry{token: tok, until: now.Add(life), expires: expires})
		v.mu.Unlock()
	}
	return tok, nil
}

// cachedLocked answers from the cache (ok false: ask the service). Called with v.mu held.
func (v *Verifier) cachedLocked(key [32]byte) (*VerifiedToken, error, bool) {
	now := v.now()
	if e := v.active.get(key); e != nil {
		if now.Before(e.until) {
			return e.token, nil, true
		}
		v.active.remove(key)
		if e.expires {
			return nil, inactiveError(true), true
		}
		return nil, nil, false
	}
	if e := v.inactive.get(key); e != nil {
		if now.Before(e.until) {
			return nil, inactiveError(e.expires), true
		}
		v.inactive.remove(key)
	}
	return nil, nil, false
}

func inactiveError(expired bool) error {
	if expired {
		return &VerifyError{Kind: ErrTokenExpired, Reason: "the token has expired"}
	}
	return &VerifyError{Kind: ErrTokenInactive, Reason: "the token is not active"}
}

// expiryOf is the token's expiry: the answer's exp (RFC 7662), else the token's own exp claim.
// Reading the claim unverified is sound here: it only ever shortens how long an answer is
// trusted, and the service has just vouched for (or refused) this very token.
func expiryOf(answer map[string]any, token string) (time.Time, bool) {
	if exp, ok := numberOf(answer["exp"]); ok {
		return unixTime(exp), true
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return time.Time{}, false // an opaque token: only the max TTL bounds the cache
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return time.Time{}, false
	}
	var claims map[string]any
	if json.Unmarshal(payload, &claims) != nil {
		return time.Time{}, false
	}
	if exp, ok := numberOf(claims["exp"]); ok {
		return unixTime(exp), true
	}
	return time.Time{}, false
}

func numberOf(v any) (float64, bool) {
	f, ok := v.(float64)
	return f, ok && !math.IsNaN(f) && !math.IsInf(f, 0) && math.Abs(f) < 1e15
}

func unixTime(seconds float64) time.Time {
	whole, frac := math.Modf(seconds)
	return time.Unix(int64(whole), int64(frac*1e9)).UTC()
}

// groupsOf reads group IDs from a list of strings or of {id: ...} objects.
func groupsOf(v any) []string {
	items, _ := v.([]any)
	var out []string
	for _, item := range items {
		switch g := item.(type) {
		case string:
			out = append(out, g)
		case map[string]any:
			if id, ok := g["id"].(string); ok {
				out = append(out, id)
			}
		}
	}
	return out
}

// -- the LRU --------------------------------------------------------------------------------

type cacheEntry struct {
	key     [32]byte
	token   *VerifiedToken // nil: inactive
	until   time.Time      // usable while now is before it
	expires bool           // until is the token's own expiry (reaching it means expired)
}

type lruCache struct {
	size  int
	order *list.List // front: most recently used
	items map[[32]byte]*list.Element
}

func newLRU(size int) *lruCache {
	return &lruCache{size: size, order: list.New(), items: map[[32]byte]*list.Element{}}
}

func (c *lruCache) get(key [32]byte) *cacheEntry {
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cacheEntry)
	}
	return nil
}

func (c *lruCache) put(key [32]byte, e *cacheEntry) {
	e.key = key
	if el, ok := c.items[key]; ok {
		el.Value = e
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(e)
	for c.order.Len() > c.size {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*cacheEntry).key)
	}
}

func (c *lruCache) remove(key [32]byte) {
	if el, ok := c.items[key]; ok {
		c.order.Remove(el)
		delete(c.items, key)
	}
}

func (c *lruCache) len() int { return c.order.Len() }

// -- net/http middleware ------------------------------------------------------------------------

type verifiedTokenKey struct{}

// VerifiedTokenFrom returns the token Middleware verified for this request's context.
func VerifiedTokenFrom(ctx context.Context) (*VerifiedToken, bool) {
	tok, ok := ctx.Value(verifiedTokenKey{}).(*VerifiedToken)
	return tok, ok && tok != nil
}

// Middleware lets a request through to next only with a verified Authorization: Bearer token
// (or for a public path, see WithPublicPaths), and puts the token in the request's context
// (VerifiedTokenFrom). It answers 401 with WWW-Authenticate: Bearer (no header) or Bearer
// error="invalid_token" (a malformed header, a token that is not active), and 503 when the
// service cannot be asked. Error bodies are JSON {"error", "error_description"}, never the token.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if v.isPublic(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		values := r.Header.Values("Authorization")
		if len(values) == 0 {
			v.refuse(w, http.StatusUnauthorized, "unauthenticated", "an Authorization: Bearer token is required", false)
			return
		}
		token, ok := "", false
		if len(values) == 1 {
			token, ok = bearerToken(values[0])
		}
		if !ok {
			v.refuse(w, http.StatusUnauthorized, "invalid_token", "the Authorization header is not one Bearer token", true)
			return
		}
		tok, err := v.Verify(r.Context(), token)
		switch {
		case errors.Is(err, ErrTokenInactive):
			var ve *VerifyError
			errors.As(err, &ve)
			v.refuse(w, http.StatusUnauthorized, "invalid_token", ve.Reason, true)
			return
		case err != nil:
			v.refuse(w, http.StatusServiceUnavailable, "unavailable", "the token could not be verified now; try again later", false)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), verifiedTokenKey{}, tok)))
	})
}

func (v *Verifier) isPublic(path string) bool {
	if v.publicPaths[path] {
		return true
	}
	for _, p := range v.publicPrefix {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

func (v *Verifier) refuse(w http.ResponseWriter, status int, code, description string, invalidToken bool) {
	h := w.Header()
	if status == http.StatusUnauthorized {
		var params []string
		if v.realm != "" {
			params = append(params, `realm="`+quoteHTTP(v.realm)+`"`)
		}
		if invalidToken {
			params = append(params, `error="invalid_token"`, `error_description="`+quoteHTTP(description)+`"`)
		}
		challenge := "Bearer"
		if len(params) > 0 {
			challenge += " " + strings.Join(params, ", ")
		}
		h.Set("WWW-Authenticate", challenge)
		h.Set("Cache-Control", "no-store")
	}
	body, _ := json.Marshal(map[string]string{"error": code, "error_description": description})
	h.Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// quoteHTTP is the inside of an HTTP quoted-string.
func quoteHTTP(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`)
}
