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

// A generated type whose secrets are only in nested values: a slice and a map of a type with a
// secret field, and free-form JSON (slices of maps) with secret-named keys.
type nestedItem struct {
	Name  string  `json:"name"`
	Token *string `json:"token,omitempty" cloudbase:"secret"`
}

type showHolder struct {
	User   string                `json:"user"`
	Items  []nestedItem          `json:"items,omitempty"`
	ByName map[string]nestedItem `json:"by_name,omitempty"`
	Raw    []map[string]any      `json:"raw,omitempty"`
	Any    map[string]any        `json:"any,omitempty"`
	One    *nestedItem           `json:"one,omitempty"`
}

func (r showHolder) String() string                { return showStruct(r) }
func (r showHolder) GoString() string              { return showStruct(r) }
func (r showHolder) Format(f fmt.State, verb rune) { _, _ = fmt.Fprint(f, showStruct(r)) }
func (r showHolder) LogValue() slog.Value          { return logStruct(r) }

// log/slog's JSON handler prints a slice or a map with encoding/json, which calls no LogValue:
// the tokens nested there must be redacted before the handler sees them.
func TestNestedSecretsStayHiddenInEveryForm(t *testing.T) {
	v := showHolder{
		User:   "alice",
		Items:  []nestedItem{{Name: "first-item", Token: Ptr("slice-secret")}},
		ByName: map[string]nestedItem{"k": {Name: "keyed-item", Token: Ptr("map-secret")}},
		Raw:    []map[string]any{{"access_token": "raw-secret", "kind": "raw-kind"}},
		Any:    map[string]any{"list": []any{map[string]any{"refresh_token": "deep-secret"}}},
		One:    &nestedItem{Name: "one-item", Token: Ptr("pointer-secret")},
	}
	for _, text := range []string{v.String(), fmt.Sprintf("%v|%+v|%#v|%s", v, v, v, &v), logged(t, "v", v), logged(t, "v", &v)} {
		for _, secret := range []string{"slice-secret", "map-secret", "raw-secret", "deep-secret", "pointer-secret"} {
			if strings.Contains(text, secret) {
				t.Fatalf("%q in %s", secret, text)
			}
		}
		for _, public := range []string{"alice", "first-item", "keyed-item", "raw-kind", "one-item"} {
			if !strings.Contains(text, public) {
				t.Fatalf("%q is not shown: %s", public, text)
			}
		}
	}
}
