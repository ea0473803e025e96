//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWithoutNet(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "no net/http",
			in:   "package p\n\nimport \"fmt\"\n\n// F prints.\nfunc F() { fmt.Println() }\n",
			want: "package p\n\nimport \"fmt\"\n\n// F prints.\nfunc F() { fmt.Println() }\n",
		},
		{
			name: "a function, the type it uses, and the imports only they used",
			in: `package p

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Keep stays.
func Keep(s string) string { return strings.TrimSpace(s) }

// With changes a request.
type With func(r *http.Request)

// Get fetches.
func Get(u string, d time.Duration, w ...With) error {
	_, err := http.Get(u)
	return fmt.Errorf("%v", err)
}

// Uses is left out with Get.
func Uses() error { return Get("", 0) }
`,
			want: `package p

import (
	"strings"
)

// Keep stays.
func Keep(s string) string { return strings.TrimSpace(s) }
`,
		},
		{
			name: "a variable keeps its value and loses the type",
			in: `package p

import (
	_ "embed"
	jar "net/http/cookiejar"
)

//go:embed data
var data string

// List is a list.
var List jar.PublicSuffixList = list{}

type list struct{}
`,
			want: `package p

import (
	_ "embed"
)

//go:embed data
var data string

// List is a list.
var List = list{}

type list struct{}
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := withoutNet("p.go", []byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

// TestWithoutNetRefuses checks that what the program may run is never
// left out: the build fails instead.
func TestWithoutNetRefuses(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"init", "package p\n\nimport \"net/http\"\n\nfunc init() { http.DefaultClient = nil }\n", "init"},
		{"method", "package p\n\nimport \"net/http\"\n\ntype U int\n\nfunc (u U) String() string { return http.StatusText(int(u)) }\n", "method String"},
		{"blank import", "package p\n\nimport _ \"net/http\"\n", `"_" import`},
		{"not Go", "package p\n\nfunc (\n", ""},
	} {
		_, err := withoutNet("p.go", []byte(tc.in))
		if assert.Error(t, err, tc.name) {
			assert.ErrorContains(t, err, tc.err, tc.name)
		}
	}
}

// TestWithoutNetBlank checks that leaving out "var _ = http.…" does not
// leave out every declaration that uses a blank identifier.
func TestWithoutNetBlank(t *testing.T) {
	in := "package p\n\nimport \"net/http\"\n\nvar _ = http.MethodGet\n\n// N counts.\nfunc N(xs []int) (n int) {\n\tfor _, x := range xs {\n\t\tn += x\n\t}\n\treturn n\n}\n"
	got, err := withoutNet("p.go", []byte(in))
	require.NoError(t, err)
	assert.Equal(t, "package p\n\n// N counts.\nfunc N(xs []int) (n int) {\n\tfor _, x := range xs {\n\t\tn += x\n\t}\n\treturn n\n}\n", string(got))
}

// TestNonetModules checks that newsbrief.wasm's build, with the modfile
// nonetModules writes, does not depend on net/http, and that the only
// files of the copies that differ from the originals are files that import
// it.
func TestNonetModules(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, nonetModules(root, "./wasm/full", dir))
	cmd := exec.Command("go", "list", "-deps", "-modfile="+filepath.Join(dir, "go.mod"), "./wasm/full")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK=off")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "codeberg.org/readeck/go-readability/v2", "go list -deps lists newsbrief.wasm's packages")
	for _, heavy := range []string{"net/http", "net/http/cookiejar", "crypto/tls", "crypto/x509"} {
		assert.NotContains(t, deps, heavy)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	require.NoError(t, err)
	assert.Contains(t, string(mod), "replace codeberg.org/readeck/go-readability/v2 => ")
	assert.Contains(t, string(mod), "replace golang.org/x/net => ")

	changed := 0
	for _, path := range []string{"codeberg.org/readeck/go-readability/v2", "golang.org/x/net"} {
		cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path)
		cmd.Dir = root
		orig, err := cmd.Output()
		require.NoError(t, err)
		copyDir := filepath.Join(dir, "mod", filepath.FromSlash(path))
		err = filepath.WalkDir(copyDir, func(name string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || name == filepath.Join(copyDir, "go.mod") {
				return err
			}
			rel, _ := filepath.Rel(copyDir, name)
			got, err := os.ReadFile(name)
			require.NoError(t, err)
			want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(orig)), rel))
			require.NoError(t, err)
			if string(got) != string(want) {
				changed++
				assert.True(t, strings.Contains(string(want), `"net/http"`) || strings.Contains(string(want), `"net/http/cookiejar"`),
					"%s changed but does not import net/http", rel)
			}
			return nil
		})
		require.NoError(t, err)
	}
	assert.Positive(t, changed)
}
