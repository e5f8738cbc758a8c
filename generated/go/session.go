// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"time"
)

// Session holds the tokens of the last token response (sign-in, sign-up, refresh ...).
//
// Its String, GoString, fmt verbs (%v, %+v, %#v, %s) and slog output never show a token;
// AccessToken and RefreshToken are there for the program that needs them (to call another
// service with the access token, say): never log them yourself.
type Session struct {
	AccessToken  string
	RefreshToken string
	TokenType    string    // "Bearer"
	ExpiresAt    time.Time // the access token's expiry; zero: unknown, treated as never expiring
	Scope        string
	Sub          string
	Groups       []string
}

// storedSession is a session as storage keeps it: the same JSON object the Python client
// writes (expires_at in epoch seconds), so both clients can share a token file.
type storedSession struct {
	AccessToken  string   `json:"access_token"`
	RefreshToken *string  `json:"refresh_token"`
	TokenType    string   `json:"token_type"`
	ExpiresAt    *float64 `json:"expires_at"`
	Scope        *string  `json:"scope"`
	Sub          *string  `json:"sub"`
	Groups       []string `json:"groups"`
}

// sessionFromTokenResponse reads a /token-style answer: expires_in seconds from now.
func sessionFromTokenResponse(body map[string]any, now time.Time) (*Session, error) {
	access, _ := body["access_token"].(string)
	if access == "" {
		return nil, errors.New("cloudbase: token response has no access_token")
	}
	s := &Session{AccessToken: access, TokenType: "Bearer"}
	if v, ok := body["expires_in"].(float64); ok && v > 0 && !math.IsInf(v, 0) {
		s.ExpiresAt = now.Add(time.Duration(v * float64(time.Second)))
	}
	if v, ok := body["refresh_token"].(string); ok {
		s.RefreshToken = v
	}
	if v, ok := body["token_type"].(string); ok && v != "" {
		s.TokenType = v
	}
	s.Scope, _ = body["scope"].(string)
	s.Sub, _ = body["sub"].(string)
	if groups, ok := body["groups"].([]any); ok {
		for _, g := range groups {
			s.Groups = append(s.Groups, fmt.Sprint(g))
		}
	}
	return s, nil
}

func (s *Session) marshal() (string, error) {
	out := storedSession{AccessToken: s.AccessToken, TokenType: s.TokenType, Groups: s.Groups}
	if out.Groups == nil {
		out.Groups = []string{}
	}
	if s.RefreshToken != "" {
		out.RefreshToken = &s.RefreshToken
	}
	if !s.ExpiresAt.IsZero() {
		v := float64(s.ExpiresAt.UnixNano()) / 1e9
		out.ExpiresAt = &v
	}
	if s.Scope != "" {
		out.Scope = &s.Scope
	}
	if s.Sub != "" {
		out.Sub = &s.Sub
	}
	raw, err := json.Marshal(out)
	return string(raw), err
}

func unmarshalSession(raw string) (*Session, error) {
	var in storedSession
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return nil, errors.New("cloudbase: the stored session is not a JSON object")
	}
	if in.AccessToken == "" {
		return nil, errors.New("cloudbase: the stored session has no access_token")
	}
	s := &Session{AccessToken: in.AccessToken, TokenType: in.TokenType, Groups: in.Groups}
	if s.TokenType == "" {
		s.TokenType = "Bearer"
	}
	if in.RefreshToken != nil {
		s.RefreshToken = *in.RefreshToken
	}
	if in.ExpiresAt != nil {
		sec, frac := math.Modf(*in.ExpiresAt)
		s.ExpiresAt = time.Unix(int64(sec), int64(frac*1e9))
	}
	if in.Scope != nil {
		s.Scope = *in.Scope
	}
	if in.Sub != nil {
		s.Sub = *in.Sub
	}
	return s, nil
}

// ExpiresWithin reports whether the access token expires in less than d from now (or has).
// A session with an unknown expiry never does.
func (s *Session) ExpiresWithin(d time.Duration, now time.Time) bool {
	if s.ExpiresAt.IsZero() {
		return false
	}
	return !s.ExpiresAt.Add(-d).After(now)
}

func (s *Session) authorization() string { return s.TokenType + " " + s.AccessToken }

func (s *Session) sameTokens(o *Session) bool {
	return s.AccessToken == o.AccessToken && s.RefreshToken == o.RefreshToken
}

// String shows the session without its tokens. The methods that show a session have value
// receivers, so a Session value is as safe to print as a *Session.
func (s Session) String() string {
	refresh := "none"
	if s.RefreshToken != "" {
		refresh = Redacted
	}
	expires := "unknown"
	if !s.ExpiresAt.IsZero() {
		expires = s.ExpiresAt.UTC().Format(time.RFC3339)
	}
	return fmt.Sprintf("Session{TokenType: %q, Sub: %q, Scope: %q, Groups: %q, ExpiresAt: %s, AccessToken: %s, RefreshToken: %s}",
		s.TokenType, s.Sub, s.Scope, s.Groups, expires, Redacted, refresh)
}

// GoString is String: %#v shows no token either.
func (s Session) GoString() string { return s.String() }

// Format makes every fmt verb (%v, %+v, %#v, %s, %q ...) print String, so no verb reaches
// the token fields.
func (s Session) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, s.String()) }

// LogValue shows the session to log/slog without its tokens.
func (s Session) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("token_type", s.TokenType),
		slog.String("sub", s.Sub),
		slog.String("scope", s.Scope),
		slog.Time("expires_at", s.ExpiresAt),
		slog.String("access_token", Redacted),
		slog.Bool("has_refresh_token", s.RefreshToken != ""),
	)
}
