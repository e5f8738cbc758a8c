// Package deps names what oapi-codegen's default output imports, so that `nox -s go` can
// download those modules (pinned by go.sum) before the tests run: they reach no network.
// tests/go/test_oapi_codegen.py builds oapi-codegen's output of the spec against them.
package deps

import (
	_ "github.com/getkin/kin-openapi/openapi3"
	_ "github.com/labstack/echo/v4"
	_ "github.com/oapi-codegen/runtime"
)
