//go:build !unix

package cloudbase

import (
	"context"
	"io"
	"os"
)

// lockFile takes no lock between processes where flock and fcntl do not exist (Windows): the
// lock serialises the goroutines of one process only, so give each process its own token file
// there.
func lockFile(ctx context.Context, path string) (func(), error) { return func() {}, nil }

// readRegular reads the file at path if it is a regular file; anything else is refused.
func readRegular(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}
