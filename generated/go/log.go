// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"context"
	"log/slog"
	"time"
)

// The client logs at Debug level (warnings at Warn) on the logger given WithLogger, never a
// secret: queries and bodies go through RedactQuery and Redact, errors are redacted already.

func (c *Client) warn(msg string, args ...any) {
	if c.logger != nil {
		c.logger.Warn(msg, args...)
	}
}

func (c *Client) debugEnabled(ctx context.Context) bool {
	return c.logger != nil && c.logger.Enabled(ctx, slog.LevelDebug)
}

func (c *Client) logAttempt(ctx context.Context, p *prepared, attempt int) {
	if !c.debugEnabled(ctx) {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "cloudbase: request",
		slog.String("method", p.method),
		slog.String("path", p.path),
		slog.Int("attempt", attempt),
		slog.String("request_id", p.requestID),
		slog.String("query", RedactQuery(p.query).Encode()),
		slog.Any("body", Redact(p.payload)),
	)
}

func (c *Client) logRetry(ctx context.Context, p *prepared, attempt int, reason string, delay time.Duration) {
	if !c.debugEnabled(ctx) {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "cloudbase: retry",
		slog.String("method", p.method),
		slog.String("path", p.path),
		slog.String("request_id", p.requestID),
		slog.Int("after_attempt", attempt),
		slog.String("reason", reason),
		slog.Duration("delay", delay),
	)
}

func (c *Client) logAnswer(ctx context.Context, p *prepared, status int, elapsed time.Duration) {
	if !c.debugEnabled(ctx) {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "cloudbase: response",
		slog.String("method", p.method),
		slog.String("path", p.path),
		slog.Int("status", status),
		slog.String("request_id", p.requestID),
		slog.Duration("elapsed", elapsed),
	)
}

func (c *Client) logError(p *prepared, err *APIError) {
	if !c.debugEnabled(context.Background()) {
		return
	}
	c.logger.LogAttrs(context.Background(), slog.LevelDebug, "cloudbase: error",
		slog.String("method", p.method),
		slog.String("path", p.path),
		slog.Any("error", err),
	)
}
