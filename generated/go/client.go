// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Defaults of a new Client.
const (
	DefaultRegion      = "ap-shanghai"
	DefaultTimeout     = 30 * time.Second // each call's budget, retries and their waits included
	DefaultMaxRetries  = 2
	DefaultRefreshSkew = 30 * time.Second // a session this close to expiry is refreshed first
)

var envIDRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$`)

// Client calls CloudBase Auth for one environment. It is safe for concurrent use; create one
// and share it. Its session (if any) is kept in its Storage.
type Client struct {
	envID        string
	region       string
	clientID     string
	clientSecret string
	tc3          *TC3Credentials
	baseURL      string   // without a trailing slash, e.g. "https://env.api.tcloudbasegateway.com/auth/v1"
	base         *url.URL // parsed baseURL
	http         *http.Client
	storage      Storage
	deviceID     string
	sessionKey   string
	maxRetries   int
	timeout      time.Duration
	maxAnswer    int64
	refreshSkew  time.Duration
	logger       *slog.Logger
	userAgent    string
	refreshSem   chan struct{} // the single-flight refresh lock, shared by clients of one store

	mu      sync.Mutex
	session *Session

	// Replaceable in tests: the clock, the retry jitter.
	now    func() time.Time
	jitter func() float64
}

type settings struct {
	baseURL      string
	region       string
	httpClient   *http.Client
	storage      Storage
	deviceID     string
	clientID     string
	clientSecret string
	tc3          *TC3Credentials
	maxRetries   int
	logger       *slog.Logger
	timeout      time.Duration
	maxAnswer    int64
	errs         []error
}

// Option configures a Client in New.
type Option func(*settings)

// WithBaseURL sends every call to baseURL (ending in /auth/v1, e.g. an emulator's
// "http://127.0.0.1:8080/auth/v1") instead of the environment's gateway.
func WithBaseURL(baseURL string) Option { return func(s *settings) { s.baseURL = baseURL } }

// WithRegion picks the gateway: the mainland regions (the default "ap-shanghai",
// "ap-guangzhou" ...) use the mainland gateway, the regions outside mainland China
// ("ap-singapore" ...) the international one. New refuses any other region, listing the known
// ones, so that a misspelt region never silently switches hosts. WithBaseURL, when given,
// chooses the host instead (the region must still be a known one).
func WithRegion(region string) Option { return func(s *settings) { s.region = region } }

// WithMaxAnswerBytes caps the body of an answer (default DefaultMaxAnswerBytes, 8 MiB): a
// bigger one is an *APIError matching ErrInvalidResponse, and no more of it is read.
func WithMaxAnswerBytes(n int64) Option {
	return func(s *settings) {
		if n <= 0 {
			s.errs = append(s.errs, errors.New("WithMaxAnswerBytes: the cap must be > 0"))
			return
		}
		s.maxAnswer = n
	}
}

// WithHTTPClient makes calls with a copy of hc (its transport, proxy, TLS settings), except
// that redirects are never followed (they could carry credentials to another host).
func WithHTTPClient(hc *http.Client) Option {
	return func(s *settings) {
		if hc == nil {
			s.errs = append(s.errs, errors.New("WithHTTPClient: nil *http.Client"))
			return
		}
		s.httpClient = hc
	}
}

// WithStorage keeps the session and device id in storage (default: NewMemoryStorage()).
func WithStorage(storage Storage) Option {
	return func(s *settings) {
		if storage == nil {
			s.errs = append(s.errs, errors.New("WithStorage: nil Storage"))
			return
		}
		s.storage = storage
	}
}

// WithDeviceID sets the x-device-id sent on every call (stored; default: the stored one, or a
// new random one).
func WithDeviceID(id string) Option { return func(s *settings) { s.deviceID = id } }

// WithClientCredentials sets the client id (default: the environment id) and its secret, for
// operations authenticated with HTTP Basic client credentials. The secret is never shown.
func WithClientCredentials(clientID, clientSecret string) Option {
	return func(s *settings) { s.clientID, s.clientSecret = clientID, clientSecret }
}

// WithTC3Credentials sets the API key pair (and, for temporary keys, a session token) that
// signs the operations authenticated with TC3-HMAC-SHA256. The secret key is never shown.
func WithTC3Credentials(secretID, secretKey, sessionToken string) Option {
	return func(s *settings) {
		creds, err := NewTC3Credentials(secretID, secretKey, sessionToken)
		if err != nil {
			s.errs = append(s.errs, err)
			return
		}
		s.tc3 = creds
	}
}

// WithRetry sets how many times a call is retried where that is safe (never connected, 429,
// 503); 0 disables retries. Default 2.
func WithRetry(maxRetries int) Option {
	return func(s *settings) {
		if maxRetries < 0 {
			s.errs = append(s.errs, errors.New("WithRetry: the number of retries must be >= 0"))
			return
		}
		s.maxRetries = maxRetries
	}
}

// WithLogger logs each attempt, retry, answer and error at Debug level (queries and bodies
// with their secrets redacted). Default: no logging.
func WithLogger(logger *slog.Logger) Option { return func(s *settings) { s.logger = logger } }

// WithTimeout bounds each call, retries and their waits included (default 30 s; 0: only the
// context's deadline). A context deadline that comes earlier wins.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) {
		if d < 0 {
			s.errs = append(s.errs, errors.New("WithTimeout: the timeout must be >= 0"))
			return
		}
		s.timeout = d
	}
}

// New returns a client for the CloudBase environment envID.
func New(envID string, opts ...Option) (*Client, error) {
	s := settings{region: DefaultRegion, maxRetries: DefaultMaxRetries, timeout: DefaultTimeout, maxAnswer: DefaultMaxAnswerBytes}
	for _, opt := range opts {
		opt(&s)
	}
	if len(s.errs) > 0 {
		return nil, fmt.Errorf("cloudbase: %w", errors.Join(s.errs...))
	}
	if envID == "" {
		return nil, errors.New("cloudbase: the environment id must not be empty")
	}
	template, err := gatewayFor(s.region)
	if err != nil {
		return nil, err
	}
	baseURL := s.baseURL
	if baseURL == "" {
		if !envIDRE.MatchString(envID) {
			return nil, errors.New("cloudbase: the environment id may only hold letters, digits, '-' and '_' (or use WithBaseURL)")
		}
		baseURL = strings.ReplaceAll(template, "{envId}", envID)
	}
	base, err := url.Parse(baseURL)
	if err != nil {
		return nil, errors.New("cloudbase: WithBaseURL: not a URL")
	}
	if (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, errors.New("cloudbase: WithBaseURL: the base URL must be an absolute http(s) URL")
	}
	if base.User != nil {
		// Never shown and never sent: it would replace the client's own credentials.
		base.User = nil
		if s.logger != nil {
			s.logger.Warn("cloudbase: the user name and password in the base URL are ignored (not sent, not shown)")
		}
	}
	if base.RawQuery != "" || base.ForceQuery || base.Fragment != "" || strings.ContainsAny(baseURL, "?#") {
		return nil, fmt.Errorf("cloudbase: WithBaseURL: the base URL must not have a query (?...) or a fragment (#...): operation paths are appended to it (got %s://%s%s...)", base.Scheme, base.Host, base.EscapedPath())
	}
	base.Path = strings.TrimRight(base.Path, "/")
	base.RawPath = strings.TrimRight(base.RawPath, "/")
	c := &Client{
		envID:        envID,
		region:       s.region,
		clientID:     s.clientID,
		clientSecret: s.clientSecret,
		tc3:          s.tc3,
		baseURL:      base.String(),
		base:         base,
		storage:      s.storage,
		maxRetries:   s.maxRetries,
		timeout:      s.timeout,
		maxAnswer:    s.maxAnswer,
		refreshSkew:  DefaultRefreshSkew,
		logger:       s.logger,
		userAgent:    "cloudbase-auth-go/" + spec.Version,
		now:          time.Now,
		jitter:       rand.Float64,
	}
	if c.clientID == "" {
		c.clientID = envID
	}
	if c.storage == nil {
		c.storage = NewMemoryStorage()
	}
	hc := http.DefaultClient
	if s.httpClient != nil {
		hc = s.httpClient
	}
	copied := *hc
	copied.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c.http = &copied
	c.sessionKey = "credentials_" + c.clientID
	c.refreshSem = refreshSemaphore(c.storage, c.sessionKey)
	// The device id is read, and made up and stored when missing, under the store's lock: two
	// processes starting on one new token file agree on one id.
	store, unlock := c.storage, func() {}
	if lockable, ok := c.storage.(lockableStorage); ok {
		if store, unlock, err = lockable.lockStore(context.Background()); err != nil {
			return nil, err
		}
	}
	c.deviceID, err = loadDeviceID(store, s.deviceID)
	unlock()
	if err != nil {
		return nil, err
	}
	if c.session, err = c.loadSession(); err != nil {
		return nil, err
	}
	return c, nil
}

// gatewayFor is the base URL template of a region: the mainland gateway for spec.ChinaRegions,
// the international one for spec.IntlRegions, and an error naming the known regions for any
// other (exact spelling: "AP-SHANGHAI" and "" are refused too).
func gatewayFor(region string) (string, error) {
	for _, r := range spec.ChinaRegions {
		if r == region {
			return spec.GatewayURL, nil
		}
	}
	for _, r := range spec.IntlRegions {
		if r == region {
			return spec.IntlGatewayURL, nil
		}
	}
	return "", fmt.Errorf("cloudbase: WithRegion: unknown region %q: the known regions are %s (mainland China) and %s (international gateway)",
		region, strings.Join(spec.ChinaRegions, ", "), strings.Join(spec.IntlRegions, ", "))
}

// EnvID is the environment id the client was made for.
func (c *Client) EnvID() string { return c.envID }

// ClientID is the client id sent as client_id (default: the environment id).
func (c *Client) ClientID() string { return c.clientID }

// BaseURL is the URL every operation path is appended to.
func (c *Client) BaseURL() string { return c.baseURL }

// DeviceID is the persistent x-device-id sent on every call.
func (c *Client) DeviceID() string { return c.deviceID }

// Session returns a copy of the current session, or nil when signed out.
func (c *Client) Session() *Session {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == nil {
		return nil
	}
	copied := *c.session
	copied.Groups = append([]string(nil), c.session.Groups...)
	return &copied
}

// SetSession adopts a session (from another client, say) and stores it.
func (c *Client) SetSession(s Session) error {
	if s.AccessToken == "" {
		return errors.New("cloudbase: SetSession: the session has no access token")
	}
	if s.TokenType == "" {
		s.TokenType = "Bearer"
	}
	return c.storeSession(&s)
}

// ClearSession forgets the session locally (memory and storage); no request is made.
func (c *Client) ClearSession() error {
	c.mu.Lock()
	c.session = nil
	c.mu.Unlock()
	return c.storage.Delete(c.sessionKey)
}

// String shows the client's configuration without any secret.
func (c *Client) String() string {
	c.mu.Lock()
	signedIn := c.session != nil
	c.mu.Unlock()
	return fmt.Sprintf("cloudbase.Client{EnvID: %q, BaseURL: %q, ClientID: %q, SignedIn: %t}", c.envID, c.baseURL, c.clientID, signedIn)
}

// GoString is String (%#v shows no secret).
func (c *Client) GoString() string { return c.String() }

// Format makes every fmt verb print String, so no verb reaches the secret fields.
func (c *Client) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, c.String()) }

// LogValue shows the client to log/slog without any secret.
func (c *Client) LogValue() slog.Value {
	c.mu.Lock()
	signedIn := c.session != nil
	c.mu.Unlock()
	return slog.GroupValue(
		slog.String("env_id", c.envID),
		slog.String("base_url", c.baseURL),
		slog.String("client_id", c.clientID),
		slog.Bool("signed_in", signedIn),
	)
}

// Refresh locks are shared by every client on the same storage and session key, so two
// clients in one process never spend the same refresh token. The built-in stores hold their
// own; other stores get one from this map (keyed by the store, so it lives as long as the
// process: reuse a store rather than making one per client).
var (
	refreshSemsMu sync.Mutex
	refreshSems   = map[semKey]chan struct{}{}
)

type semKey struct {
	storage any
	key     string
}

// refreshSemaphorer is implemented by the stores that keep their own refresh locks.
type refreshSemaphorer interface {
	refreshSemaphore(key string) chan struct{}
}

func refreshSemaphore(storage Storage, sessionKey string) chan struct{} {
	if _, ok := storage.(lockableStorage); ok {
		return nil // its own lock serves (lockRefresh)
	}
	if own, ok := storage.(refreshSemaphorer); ok {
		return own.refreshSemaphore(sessionKey)
	}
	if !reflect.TypeOf(storage).Comparable() {
		return make(chan struct{}, 1) // cannot be a map key: a lock of its own
	}
	refreshSemsMu.Lock()
	defer refreshSemsMu.Unlock()
	k := semKey{storage, sessionKey}
	sem, ok := refreshSems[k]
	if !ok {
		sem = make(chan struct{}, 1)
		refreshSems[k] = sem
	}
	return sem
}
