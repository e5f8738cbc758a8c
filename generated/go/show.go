// Code generated from spec/auth-v1.yaml by authgen, do not edit: DO NOT EDIT.

package cloudbase

import (
	"fmt"
	"log/slog"
	"reflect"
	"strings"
)

// The generated request and response types that hold a secret (a field the spec marks
// x-secret, tagged `cloudbase:"secret"`) show themselves through these helpers: String,
// GoString, every fmt verb and slog print the set fields with each secret as [REDACTED].

func secretField(f reflect.StructField) bool {
	if f.Tag.Get("cloudbase") == "secret" {
		return true
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name != "" && name != "-" && IsSecretField(name)
}

// showStruct is "TypeName{Field: value, Secret: [REDACTED]}" with unset optional fields left out.
func showStruct(v any) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if !rv.IsValid() {
		return "<nil>"
	}
	rt := rv.Type()
	parts := []string{}
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		if (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.IsNil() {
			continue
		}
		var shown string
		switch {
		case secretField(f):
			shown = Redacted
		case fv.Kind() == reflect.Pointer:
			shown = fmt.Sprintf("%#v", fv.Elem().Interface())
		case fv.Kind() == reflect.Map:
			shown = fmt.Sprintf("%v", Redact(toJSONValue(fv.Interface())))
		default:
			shown = fmt.Sprintf("%#v", fv.Interface())
		}
		parts = append(parts, f.Name+": "+shown)
	}
	return rt.Name() + "{" + strings.Join(parts, ", ") + "}"
}

// toJSONValue turns a map[string]any field into what Redact walks.
func toJSONValue(v any) any {
	if m, ok := v.(map[string]any); ok {
		return m
	}
	return v
}

// logStruct is showStruct's slog form: a group of the set fields, secrets redacted.
func logStruct(v any) slog.Value {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if !rv.IsValid() {
		return slog.StringValue("<nil>")
	}
	rt := rv.Type()
	attrs := []slog.Attr{}
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		fv := rv.Field(i)
		if (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.IsNil() {
			continue
		}
		switch {
		case secretField(f):
			attrs = append(attrs, slog.String(f.Name, Redacted))
		case fv.Kind() == reflect.Pointer:
			attrs = append(attrs, slog.Any(f.Name, fv.Elem().Interface()))
		case fv.Kind() == reflect.Map:
			attrs = append(attrs, slog.Any(f.Name, Redact(toJSONValue(fv.Interface()))))
		default:
			attrs = append(attrs, slog.Any(f.Name, fv.Interface()))
		}
	}
	return slog.GroupValue(attrs...)
}
