package cloudbase

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// loadSession reads the stored session. An unreadable entry (not a session) is ignored, as
// the Python client does; a store that cannot be read at all is an error.
func (c *Client) loadSession() (*Session, error) { return c.loadSessionFrom(c.storage) }

func (c *Client) loadSessionFrom(store Storage) (*Session, error) {
	raw, ok, err := store.Get(c.sessionKey)
	if err != nil || !ok {
		return nil, err
	}
	s, err := unmarshalSession(raw)
	if err != nil {
		c.warn("cloudbase: ignoring an unreadable stored session", "key", c.sessionKey)
		return nil, nil
	}
	return s, nil
}

func (c *Client) currentSession() *Session {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.session
}

// storeSession makes s the session, in memory first: when storage fails the call still
// succeeded (and the old refresh token may be spent), so the new session is kept and the
// storage error is returned for the caller to log.
func (c *Client) storeSession(s *Session) error { return c.storeSessionIn(c.storage, s) }

func (c *Client) storeSessionIn(store Storage, s *Session) error {
	c.mu.Lock()
	c.session = s
	c.mu.Unlock()
	raw, err := s.marshal()
	if err == nil {
		err = store.Set(c.sessionKey, raw)
	}
	if err != nil {
		c.warn("cloudbase: could not persist the session", "error", err)
	}
	return err
}

// clearSessionIn forgets the session in memory and in store.
func (c *Client) clearSessionIn(store Storage) error {
	c.mu.Lock()
	c.session = nil
	c.mu.Unlock()
	return store.Delete(c.sessionKey)
}

func (c *Client) needsRefresh(s *Session) bool { return s.ExpiresWithin(c.refreshSkew, c.now()) }

// lockRefresh takes the single-flight refresh lock, or gives up when ctx ends first, and
// returns the store as its holder must use it, and the release. For a FileStorage that is the
// token file's lock (convention v1: shared by every client of the file, in this process and
// in others, and re-entrant, so storing the new session under it does not wait for itself);
// for other stores a lock shared by the clients of this process on the same store and key.
func (c *Client) lockRefresh(ctx context.Context) (Storage, func(), error) {
	if lockable, ok := c.storage.(lockableStorage); ok {
		return lockable.lockStore(ctx)
	}
	select {
	case c.refreshSem <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	return c.storage, func() { <-c.refreshSem }, nil
}

// freshSession is the session to send, refreshed first (once, whatever the concurrency) when
// it is about to expire.
func (c *Client) freshSession(ctx context.Context) (*Session, error) {
	s := c.currentSession()
	if s == nil {
		return nil, fmt.Errorf("%w: this call needs a signed-in session: sign in first", ErrNotSignedIn)
	}
	if !c.needsRefresh(s) {
		return s, nil
	}
	store, unlock, err := c.lockRefresh(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	current := c.currentSession()
	if current == nil {
		return nil, fmt.Errorf("%w: the session was cleared: sign in again", ErrNotSignedIn)
	}
	if !c.needsRefresh(current) {
		return current, nil // another goroutine refreshed it while this one waited
	}
	return c.refreshLocked(ctx, store, current)
}

// RefreshSession refreshes the access token now (spending the refresh token; an
// administrator's session, which has none, is renewed with the API key pair of
// WithTC3Credentials) and returns a copy of the new session.
func (c *Client) RefreshSession(ctx context.Context) (*Session, error) {
	before := c.currentSession()
	if before == nil {
		return nil, fmt.Errorf("%w: no session to refresh: sign in first", ErrNotSignedIn)
	}
	ctx, cancel := c.callContext(ctx)
	defer cancel()
	store, unlock, err := c.lockRefresh(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	current := c.currentSession()
	if current == nil {
		return nil, fmt.Errorf("%w: the session was cleared: sign in again", ErrNotSignedIn)
	}
	if current != before {
		return c.Session(), nil // refreshed or replaced while this call waited: do not spend it again
	}
	if current.RefreshToken == "" && !c.renewsAdmin(current) {
		return nil, fmt.Errorf("%w: the session has no refresh token", ErrNotSignedIn)
	}
	if _, err := c.refreshLocked(ctx, store, current); err != nil {
		return nil, err
	}
	return c.Session(), nil
}

// refreshAfterRejection: the service refused sent's access token; the session to retry with
// (refreshed once, single-flight), or nil when there is nothing to refresh with.
func (c *Client) refreshAfterRejection(ctx context.Context, sent *Session) (*Session, error) {
	store, unlock, err := c.lockRefresh(ctx)
	if err != nil {
		return nil, err
	}
	defer unlock()
	current := c.currentSession()
	if current == nil {
		return nil, nil
	}
	if current.AccessToken != sent.AccessToken {
		return current, nil // another goroutine already replaced it
	}
	if current.RefreshToken == "" && !c.renewsAdmin(current) {
		return nil, nil
	}
	return c.refreshLocked(ctx, store, current)
}

// renewsAdmin: s is an administrator's session (no refresh token, scope "admin": the answer of
// the key-pair-signed operation) and this client holds the key pair, so it renews s by calling
// that operation again. A user's session without a refresh token is never swapped for an
// administrator's: the same rule in every client (the Python, Java and PHP ones too).
func (c *Client) renewsAdmin(s *Session) bool {
	if c.tc3 == nil || spec.AdminToken == nil || s.RefreshToken != "" {
		return false
	}
	for _, scope := range strings.Fields(s.Scope) {
		if scope == "admin" {
			return true
		}
	}
	return false
}

// refreshLocked refreshes s; the caller holds the refresh lock and passes the store as seen
// under it. The store is read again first: when another client or process replaced s there
// meanwhile, its session is adopted, so a refresh token someone else already rotated is never
// sent.
func (c *Client) refreshLocked(ctx context.Context, store Storage, s *Session) (*Session, error) {
	if stored, err := c.loadSessionFrom(store); err == nil && stored != nil && !stored.sameTokens(s) {
		c.mu.Lock()
		c.session = stored
		c.mu.Unlock()
		if !c.needsRefresh(stored) {
			return stored, nil
		}
		s = stored
	}
	if s.RefreshToken == "" {
		if c.renewsAdmin(s) {
			return c.renewAdminLocked(ctx, store)
		}
		if s.ExpiresWithin(0, c.now()) {
			return nil, fmt.Errorf("%w: the session has expired and has no refresh token; sign in again", ErrNotSignedIn)
		}
		return s, nil // usable until it actually expires
	}
	body := map[string]any{
		"refresh_token": s.RefreshToken,
		"client_id":     c.clientID,
	}
	for k, v := range spec.RefreshBody {
		body[k] = v
	}
	if c.clientSecret != "" {
		body["client_secret"] = c.clientSecret
	}
	_, answer, err := c.send(ctx, spec.Refresh, "", nil, nil, nil, body)
	if err != nil {
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.Code == "invalid_grant" {
			// Forget the session only if the store still holds the one refused: another
			// client may have stored a newer one meanwhile.
			if stored, loadErr := c.loadSessionFrom(store); loadErr == nil && stored != nil && !stored.sameTokens(s) {
				c.mu.Lock()
				c.session = stored
				c.mu.Unlock()
				return stored, nil
			}
			if err := c.clearSessionIn(store); err != nil {
				c.warn("cloudbase: could not delete the stored session", "error", err)
			}
		}
		return nil, err
	}
	fresh, err := c.tokenAnswer(spec.Refresh, answer)
	if err != nil {
		return nil, err
	}
	_ = c.storeSessionIn(store, fresh) // a storage failure is logged; the new session is kept in memory
	return fresh, nil
}

// tokenAnswer is the session of a refresh or renewal answer; one without an access token is
// ErrInvalidResponse (the session is left as it was).
func (c *Client) tokenAnswer(op OperationSpec, answer map[string]any) (*Session, error) {
	fresh, err := sessionFromTokenResponse(answer, c.now())
	if err != nil {
		return nil, &APIError{StatusCode: 200, Code: codeInvalidResponse, Description: "the token answer has no access_token", Operation: op.Method + " " + c.base.Path + op.Path}
	}
	return fresh, nil
}

// renewAdminLocked gets a new administrator's token with the API key pair (the caller holds
// the refresh lock, so concurrent callers wait for this one renewal and use its answer).
func (c *Client) renewAdminLocked(ctx context.Context, store Storage) (*Session, error) {
	op := *spec.AdminToken
	payload, query, headers := applyFixed(op, map[string]any{}, nil, nil)
	_, answer, err := c.send(ctx, op, "", nil, query, headers, payload)
	if err != nil {
		return nil, err
	}
	fresh, err := c.tokenAnswer(op, answer)
	if err != nil {
		return nil, err
	}
	_ = c.storeSessionIn(store, fresh)
	return fresh, nil
}

// afterSuccess does an operation's session bookkeeping after a 2xx: a token answer becomes the
// session; an operation that clears the session (sign-out, revoke ...) clears it only when it
// acted on this session, not on a token of someone else's.
func (c *Client) afterSuccess(op OperationSpec, answer map[string]any, payload any, headers http.Header, sent *Session) {
	if op.StoresSession {
		if access, _ := answer["access_token"].(string); access != "" {
			if s, err := sessionFromTokenResponse(answer, c.now()); err == nil {
				_ = c.storeSession(s)
			}
		}
	}
	if op.ClearsSession && c.actedOnOwnSession(payload, headers, sent) {
		if err := c.ClearSession(); err != nil {
			c.warn("cloudbase: could not delete the stored session", "error", err)
		}
	}
}

// actedOnOwnSession: the token the call named (the body's "token", as revokeToken takes it;
// else the Bearer token it sent) is this client's session's access or refresh token.
func (c *Client) actedOnOwnSession(payload any, headers http.Header, sent *Session) bool {
	token := ""
	if fields, ok := payload.(map[string]any); ok {
		token, _ = fields["token"].(string)
	}
	if token == "" {
		if bearer, ok := strings.CutPrefix(headers.Get("Authorization"), "Bearer "); ok {
			token = bearer // the caller's own Authorization (WithBearerToken)
		} else if sent != nil {
			token = sent.AccessToken
		}
	}
	if token == "" {
		return false
	}
	for _, own := range []*Session{c.currentSession(), sent} {
		if own != nil && (token == own.AccessToken || (own.RefreshToken != "" && token == own.RefreshToken)) {
			return true
		}
	}
	return false
}

// knownSecrets are literal secret values to redact from free text (error descriptions).
func (c *Client) knownSecrets() []string {
	out := []string{}
	if c.clientSecret != "" {
		out = append(out, c.clientSecret)
	}
	if c.tc3 != nil {
		out = append(out, c.tc3.secretKey)
	}
	if s := c.currentSession(); s != nil {
		out = append(out, s.AccessToken)
		if s.RefreshToken != "" {
			out = append(out, s.RefreshToken)
		}
	}
	return out
}

// collectSecrets appends every string stored under a secret-named key (at any depth).
func collectSecrets(value any, inside bool, out *[]string) {
	switch v := value.(type) {
	case map[string]any:
		for k, item := range v {
			collectSecrets(item, inside || IsSecretField(k), out)
		}
	case []any:
		for _, item := range v {
			collectSecrets(item, inside, out)
		}
	case string:
		if inside && v != "" {
			*out = append(*out, v)
		}
	}
}

func querySecrets(query url.Values, out *[]string) {
	for k, vs := range query {
		if IsSecretField(k) {
			*out = append(*out, vs...)
		}
	}
}
