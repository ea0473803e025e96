package newsbrief_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestREADMECompiles builds the README's Go code as a new user would paste
// it: the complete program as it is, each fragment inside a function of
// its own with the imports the README names. It runs the go command in a
// module of its own that replaces newsbrief by this tree; the other
// modules come from the module cache, as for the repository's own build.
func TestREADMECompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module: not in -short")
	}
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```go\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	require.GreaterOrEqual(t, len(blocks), 4, "the README's Go blocks")

	root, err := filepath.Abs(".")
	require.NoError(t, err)
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("go.mod", "module readmecheck\n\ngo 1.26\n\nrequire github.com/newsbrief/newsbrief v0.0.0\n\nreplace github.com/newsbrief/newsbrief => "+root+"\n")
	sum, err := os.ReadFile("go.sum")
	require.NoError(t, err)
	write("go.sum", string(sum))

	imports := []string{"context", "encoding/json", "fmt", "log", "os",
		"github.com/newsbrief/newsbrief", "github.com/newsbrief/newsbrief/brief",
		"github.com/newsbrief/newsbrief/compose", "github.com/newsbrief/newsbrief/extract",
		"github.com/newsbrief/newsbrief/source"}
	var fragments strings.Builder
	fragments.WriteString("package main\n\nimport (\n")
	for _, imp := range imports {
		fmt.Fprintf(&fragments, "\t%q\n", imp)
	}
	fragments.WriteString(")\n\n// Every import used, whichever fragments use it.\nvar (\n\t_ = context.Background\n\t_ = json.Marshal\n\t_ = fmt.Println\n\t_ = log.Fatal\n\t_ = os.Open\n\t_ = newsbrief.FromHTML\n\t_ = brief.Parse\n\t_ = compose.Build\n\t_ = extract.FromReader\n\t_ = source.Fetch\n)\n")
	programs := 0
	for i, b := range blocks {
		code := b[1]
		if strings.HasPrefix(code, "package main") {
			programs++
			write(fmt.Sprintf("program%d/main.go", i), code)
			continue
		}
		ctx := ""
		if !strings.Contains(code, "ctx :=") {
			ctx = "\tctx := context.Background()\n\t_ = ctx\n"
		}
		fmt.Fprintf(&fragments, "\nfunc fragment%d() {\n%s%s}\n", i, ctx, code)
	}
	fragments.WriteString("\nfunc main() {}\n")
	write("fragments/main.go", fragments.String())
	require.Equal(t, 1, programs, "one complete program")

	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "the README's Go code does not build:\n%s\n%s", out, fragments.String())
}
