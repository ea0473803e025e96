package main

import (
	"debug/buildinfo"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBinaryVersion(t *testing.T) {
	r := runBinary(t, nil, "version")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "newsbrief "), r.stdout)
	assert.True(t, strings.HasSuffix(r.stdout, " "+runtime.Version()+"\n"), "ends with the Go version: %q", r.stdout)
	info, err := buildinfo.ReadFile(binary(t))
	require.NoError(t, err)
	assert.Contains(t, r.stdout, "newsbrief "+info.Main.Version+" ")
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			assert.Contains(t, r.stdout, "(revision "+s.Value, "the VCS revision the binary was built from")
			if head := gitHead(); head != "" && os.Getenv("NEWSBRIEF_BIN") == "" {
				assert.Equal(t, head, s.Value)
			}
		}
	}
	for _, spelling := range []string{"--version", "-version"} {
		same := runBinary(t, nil, spelling)
		assert.Equal(t, 0, same.code, spelling)
		assert.Equal(t, r.stdout, same.stdout, spelling)
	}
}

func TestBinaryHelpCommand(t *testing.T) {
	for _, cmd := range commands {
		help := runBinary(t, nil, "help", cmd.name)
		require.Equal(t, 0, help.code, help.stderr)
		assert.True(t, strings.HasPrefix(help.stdout, "usage: newsbrief "+cmd.name), help.stdout)
		assert.Contains(t, help.stdout, "\nExamples:\n  newsbrief "+cmd.name, "%s has an example", cmd.name)
		assert.Empty(t, help.stderr)

		dashH := runBinary(t, nil, cmd.name, "-h")
		assert.Equal(t, 0, dashH.code)
		assert.Equal(t, help.stdout, dashH.stdout, "%s -h prints the same usage as help %s", cmd.name, cmd.name)
	}
	brief := runBinary(t, nil, "help", "brief")
	assert.Contains(t, brief.stdout, "-input-format kind")
	assert.Contains(t, brief.stdout, "-url URL")
	assert.NotContains(t, brief.stdout, "Commands:", "help brief is not the top-level help")

	top := runBinary(t, nil, "help")
	assert.Equal(t, 0, top.code)
	assert.Contains(t, top.stdout, "Commands:")

	bad := runBinary(t, nil, "help", "frobnicate")
	assert.Equal(t, 2, bad.code)
	assert.Contains(t, bad.stderr, `unknown command "frobnicate"`)
}

func TestBinaryInputFormatFlag(t *testing.T) {
	text := "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs that cost €12 million.\n"
	r := runBinary(t, strings.NewReader(text), "brief", "-input-format", "text", "-format", "text")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "Harbour Bridge Reopens\n"))
	assert.Empty(t, r.stderr, "no hint when stdin is not a terminal")

	old := runBinary(t, strings.NewReader(text), "brief", "-in", "text", "-format", "text")
	require.Equal(t, 0, old.code, old.stderr)
	assert.Equal(t, r.stdout, old.stdout, "-in still works")
	assert.Equal(t, "newsbrief brief: -in is deprecated; use -input-format\n", old.stderr)

	parse := runBinary(t, strings.NewReader("# Title\n"), "parse", "-input-format", "text", "-format", "markdown")
	require.Equal(t, 0, parse.code, parse.stderr)
	assert.Equal(t, "# \\# Title\n", parse.stdout)
}

func TestBinaryBriefURLFlag(t *testing.T) {
	page := filepath.Join("sample", "article.html")
	saved, err := os.ReadFile(page)
	require.NoError(t, err)
	// The sample page names its own URL; a saved page without one gets it
	// from -url.
	stripped := strings.NewReplacer(`<link rel="canonical" href="https://valley-courier.example/news/marrow-floating-solar">`, "",
		`<meta property="og:url" content="https://valley-courier.example/news/marrow-floating-solar">`, "").Replace(string(saved))
	file := filepath.Join(t.TempDir(), "saved.html")
	require.NoError(t, os.WriteFile(file, []byte(stripped), 0o644))

	r := runBinary(t, nil, "brief", "-url", "https://www.harbour-times.example/news/solar?utm_source=x", file)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"url": "https://www.harbour-times.example/news/solar"`)
	assert.Contains(t, r.stdout, `"domain": "harbour-times.example"`)

	for _, args := range [][]string{
		{"brief", "-url", "example.com/story", file},
		{"brief", "-url", "https://example.com/a", file, file},
		{"brief", "-url", "https://example.com/a", "https://example.com/b"},
	} {
		bad := runBinary(t, nil, args...)
		assert.Equal(t, 2, bad.code, args)
		assert.Contains(t, bad.stderr, "-url", args)
	}
}
