// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// What a generated type holding a secret looks like (see templates/go/types.go.jinja).
type showExample struct {
	Username *string        `json:"username,omitempty"`
	Password *string        `json:"password,omitempty" cloudbase:"secret"`
	Ticket   string         `json:"ticket"`
	Nested   *showExample   `json:"nested,omitempty"`
	Meta     map[string]any `json:"meta,omitempty"`
}

func (r showExample) String() string                { return showStruct(r) }
func (r showExample) GoString() string              { return showStruct(r) }
func (r showExample) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, showStruct(r)) }
func (r showExample) LogValue() slog.Value          { return logStruct(r) }

func TestGeneratedTypesHideTheirSecrets(t *testing.T) {
	v := showExample{Username: Ptr("alice"), Password: Ptr("pw-secret"), Ticket: "kid/@@/tk-secret",
		Nested: &showExample{Password: Ptr("nested-secret")}, Meta: map[string]any{"token": "meta-secret", "x": 1}}
	for _, text := range []string{v.String(), fmt.Sprintf("%v|%+v|%#v|%s", v, v, v, v), fmt.Sprintf("%v|%+v", &v, &v), logged(t, "req", v), logged(t, "req", &v)} {
		for _, secret := range []string{"pw-secret", "tk-secret", "nested-secret", "meta-secret"} {
			if strings.Contains(text, secret) {
				t.Fatalf("%q in %s", secret, text)
			}
		}
		if !strings.Contains(text, "alice") {
			t.Fatalf("the public fields are not shown: %s", text)
		}
	}
}
