// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

// Package cloudbase is a client for the CloudBase Auth HTTP API (/auth/v1).
//
// The runtime files of this package (client, sessions, storage, errors, retries, redaction,
// tickets) are written by hand; the operation methods, request and response types, error
// sentinels and the spec's data (servers, regions, secret field names) are generated from the
// spec by authgen. The package uses the standard library only.
package cloudbase
