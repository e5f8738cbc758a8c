// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

//go:build !unix

package cloudbase

// lockFile is a no-op where flock does not exist: the lock serialises the goroutines of one
// process only, so give each process its own token file there.
func lockFile(path string) func() { return func() {} }
