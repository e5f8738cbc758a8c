package cloudbase

import (
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"time"
)

// The generated request and response types that hold a secret (a field the spec marks
// x-secret, tagged `cloudbase:"secret"`, or a nested type that holds one) show themselves
// through these helpers: String, GoString, every fmt verb and slog print the set fields with
// each secret as [REDACTED], at any depth (inside slices, maps and nested structs too).

func secretField(f reflect.StructField) bool {
	if f.Tag.Get("cloudbase") == "secret" {
		return true
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name != "" && name != "-" && IsSecretField(name)
}

// unset: an optional field left out (a nil pointer, slice or map).
func unset(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return v.IsNil()
	}
	return false
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
		if unset(fv) {
			continue
		}
		var shown string
		switch {
		case secretField(f):
			shown = Redacted
		case fv.Kind() == reflect.Pointer:
			shown = fmt.Sprintf("%#v", fv.Elem().Interface()) // a nested type's own GoString
		case fv.Kind() == reflect.Slice || fv.Kind() == reflect.Array || fv.Kind() == reflect.Map || fv.Kind() == reflect.Interface:
			shown = fmt.Sprintf("%v", plainRedacted(fv))
		default:
			shown = fmt.Sprintf("%#v", fv.Interface())
		}
		parts = append(parts, f.Name+": "+shown)
	}
	return rt.Name() + "{" + strings.Join(parts, ", ") + "}"
}

// logStruct is showStruct's slog form: a group of the set fields, secrets redacted. A nested
// value reaches the handler already redacted: slog's JSON handler prints a slice or a map
// through encoding/json, which would never call its elements' LogValue.
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
		if unset(fv) {
			continue
		}
		if secretField(f) {
			attrs = append(attrs, slog.String(f.Name, Redacted))
			continue
		}
		elem := reflect.Indirect(fv)
		if _, ok := elem.Interface().(slog.LogValuer); ok && elem.Kind() == reflect.Struct {
			attrs = append(attrs, slog.Any(f.Name, elem.Interface())) // a nested type's own LogValue
			continue
		}
		attrs = append(attrs, slog.Any(f.Name, plainRedacted(fv)))
	}
	return slog.GroupValue(attrs...)
}

var timeType = reflect.TypeOf(time.Time{})

// plainRedacted is a copy of v made of plain values (maps keyed by field name, slices,
// scalars) in which every secret is Redacted: struct fields that are secret (secretField),
// and map entries under a secret name (IsSecretField), at any depth.
func plainRedacted(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return plainRedacted(v.Elem())
	case reflect.Struct:
		if v.Type() == timeType {
			return v.Interface()
		}
		out := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || unset(v.Field(i)) {
				continue
			}
			if secretField(f) {
				out[f.Name] = Redacted
			} else {
				out[f.Name] = plainRedacted(v.Field(i))
			}
		}
		return out
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return v.Interface() // bytes
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = plainRedacted(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]any, v.Len())
		for _, k := range v.MapKeys() {
			name := fmt.Sprint(k.Interface())
			if IsSecretField(name) {
				out[name] = Redacted
			} else {
				out[name] = plainRedacted(v.MapIndex(k))
			}
		}
		return out
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return fmt.Sprint(v)
}
