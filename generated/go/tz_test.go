// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"os"
	"strconv"
	"testing"
	"time"

	_ "time/tzdata" // TZ=Asia/Shanghai takes effect even where the system has no zone files
)

// The runtime tests run twice (tests/go/test_runtime.py): in the machine's zone and under
// TZ=Asia/Shanghai, so that a time taken in local time instead of UTC (a TC3 credential
// scope's date, an expiry) fails a test. The driver says which offset the second run must
// have; this test fails when the zone did not take effect.
func TestRunsInTheTimeZoneTheDriverAskedFor(t *testing.T) {
	want := os.Getenv("CLOUDBASE_EXPECT_UTC_OFFSET")
	if want == "" {
		return // the first run: any zone
	}
	_, offset := time.Unix(1767225599, 0).Zone()
	if strconv.Itoa(offset) != want {
		t.Fatalf("local zone offset %d s, the driver asked for %s s (TZ=%q)", offset, want, os.Getenv("TZ"))
	}
}
