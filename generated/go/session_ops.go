// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"fmt"
	"net/url"
)

// loadSession reads the stored session. An unreadable entry (not a session) is ignored, as
// the Python client does; a store that cannot be read at all is an error.
func (c *Client) loadSession() (*Session, error) {
	raw, ok, err := c.storage.Get(c.sessionKey)
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
func (c *Client) storeSession(s *Session) error {
	c.mu.Lock()
	c.session = s
	c.mu.Unlock()
	raw, err := s.marshal()
	if err == nil {
		err = c.storage.Set(c.sessionKey, raw)
	}
	if err != nil {
		c.warn("cloudbase: could not persist the session", "error", err)
	}
	return err
}

func (c *Client) needsRefresh(s *Session) bool { return s.ExpiresWithin(c.refreshSkew, c.now()) }

// lockRefresh takes the single-flight refresh lock (shared by every client of this store and
// session key), or gives up when ctx ends first. For a FileStorage it also takes the file's
// process lock. It returns the release.
func (c *Client) lockRefresh(ctx context.Context) (func(), error) {
	select {
	case c.refreshSem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	unlockProcess := func() {}
	if fs, ok := c.storage.(*FileStorage); ok {
		unlockProcess = fs.processLock()
	}
	return func() {
		unlockProcess()
		<-c.refreshSem
	}, nil
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
	unlock, err := c.lockRefresh(ctx)
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
	return c.refreshLocked(ctx, current)
}

// RefreshSession refreshes the access token now (spending the refresh token) and returns a
// copy of the new session.
func (c *Client) RefreshSession(ctx context.Context) (*Session, error) {
	before := c.currentSession()
	if before == nil {
		return nil, fmt.Errorf("%w: no session to refresh: sign in first", ErrNotSignedIn)
	}
	ctx, cancel := c.callContext(ctx)
	defer cancel()
	unlock, err := c.lockRefresh(ctx)
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
	if current.RefreshToken == "" {
		return nil, fmt.Errorf("%w: the session has no refresh token", ErrNotSignedIn)
	}
	if _, err := c.refreshLocked(ctx, current); err != nil {
		return nil, err
	}
	return c.Session(), nil
}

// refreshAfterRejection: the service refused sent's access token; the session to retry with
// (refreshed once, single-flight), or nil when there is nothing to refresh with.
func (c *Client) refreshAfterRejection(ctx context.Context, sent *Session) (*Session, error) {
	unlock, err := c.lockRefresh(ctx)
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
	if current.RefreshToken == "" {
		return nil, nil
	}
	return c.refreshLocked(ctx, current)
}

// refreshLocked refreshes s; the caller holds the refresh lock. The store is read again
// first: when another client or process replaced s there meanwhile, its session is adopted,
// so a refresh token someone else already rotated is never sent.
func (c *Client) refreshLocked(ctx context.Context, s *Session) (*Session, error) {
	if stored, err := c.loadSession(); err == nil && stored != nil && !stored.sameTokens(s) {
		c.mu.Lock()
		c.session = stored
		c.mu.Unlock()
		if !c.needsRefresh(stored) {
			return stored, nil
		}
		s = stored
	}
	if s.RefreshToken == "" {
		if s.ExpiresWithin(0, c.now()) {
			return nil, fmt.Errorf("%w: the session has expired and has no refresh token; sign in again", ErrNotSignedIn)
		}
		return s, nil // usable until it actually expires
	}
	body := map[string]any{
		"grant_type":    "refresh_token",
		"refresh_token": s.RefreshToken,
		"client_id":     c.clientID,
	}
	if c.clientSecret != "" {
		body["client_secret"] = c.clientSecret
	}
	_, answer, err := c.send(ctx, spec.Refresh, "", nil, nil, nil, body)
	if err != nil {
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.Code == "invalid_grant" {
			// Forget the session, unless the store holds a newer one another client stored.
			if stored, loadErr := c.loadSession(); loadErr == nil && stored != nil && !stored.sameTokens(s) {
				c.mu.Lock()
				c.session = stored
				c.mu.Unlock()
				return stored, nil
			}
			_ = c.ClearSession()
		}
		return nil, err
	}
	fresh, err := sessionFromTokenResponse(answer, c.now())
	if err != nil {
		return nil, err
	}
	_ = c.storeSession(fresh) // a storage failure is logged; the new session is kept in memory
	return fresh, nil
}

// afterSuccess does an operation's session bookkeeping after a 2xx.
func (c *Client) afterSuccess(op OperationSpec, answer map[string]any) {
	if op.StoresSession {
		if access, _ := answer["access_token"].(string); access != "" {
			if s, err := sessionFromTokenResponse(answer, c.now()); err == nil {
				_ = c.storeSession(s)
			}
		}
	}
	if op.ClearsSession {
		if err := c.ClearSession(); err != nil {
			c.warn("cloudbase: could not delete the stored session", "error", err)
		}
	}
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
