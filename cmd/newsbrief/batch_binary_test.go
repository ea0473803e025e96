package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBinaryBatchStdinToStdout(t *testing.T) {
	input := sampleLine(t, "a") + "\n\n" + `{"id": "b", "text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs."}` + "\n"
	r := runBinary(t, strings.NewReader(input), "batch")
	assert.Equal(t, 1, r.code, r.stderr)
	recs := readRecords(t, r.stdout)
	require.Len(t, recs, 3)
	assert.Equal(t, []string{"a", "", "b"}, []string{recs[0].ID, recs[1].ID, recs[2].ID})
	assert.Equal(t, "line 2: blank line; want a JSON object such as {\"id\": \"a1\", \"text\": \"…\"}", recs[1].Error)
	assert.Equal(t, "newsbrief batch: 3 lines: 2 briefs, 1 bad line; the output's error records say why\n", r.stderr)
}

func TestBinaryBatchRefusesToOverwriteItsInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	content := sampleLine(t, "a") + "\n"
	require.NoError(t, os.WriteFile(in, []byte(content), 0o644))
	symlink := filepath.Join(dir, "link.jsonl")
	require.NoError(t, os.Symlink("in.jsonl", symlink))
	hardlink := filepath.Join(dir, "hard.jsonl")
	require.NoError(t, os.Link(in, hardlink))

	for name, args := range map[string][]string{
		"same path":          {"batch", "-in", in, "-out", in},
		"symlink":            {"batch", "-in", in, "-out", symlink},
		"hard link":          {"batch", "-in", hardlink, "-out", in},
		"relative spelling":  {"batch", "-in", in, "-out", filepath.Join(dir, ".", "in.jsonl")},
		"stdin is the input": {"batch", "-out", in},
	} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(binary(t), args...)
			f, err := os.Open(in)
			require.NoError(t, err)
			defer f.Close()
			cmd.Stdin = f
			out, err := cmd.CombinedOutput()
			require.Error(t, err)
			assert.Equal(t, 2, cmd.ProcessState.ExitCode(), "%s", out)
			assert.Contains(t, string(out), "is the input file; write to another file")
			data, err := os.ReadFile(in)
			require.NoError(t, err)
			assert.Equal(t, content, string(data), "the input is untouched")
		})
	}

	// stdout redirected to the input (the shell has opened it for writing;
	// without O_TRUNC here, so the input is still whole to compare).
	f, err := os.OpenFile(in, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer f.Close()
	cmd := exec.Command(binary(t), "batch", "-in", in)
	var errOut strings.Builder
	cmd.Stdout, cmd.Stderr = f, &errOut
	require.Error(t, cmd.Run())
	assert.Equal(t, 2, cmd.ProcessState.ExitCode())
	assert.Contains(t, errOut.String(), "the output (stdout) is the input file")
	data, err := os.ReadFile(in)
	require.NoError(t, err)
	assert.Equal(t, content, string(data), "the input is untouched")
}

func TestBinaryBatchWritesWholeOrNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	old := "the previous run's output\n"
	require.NoError(t, os.WriteFile(out, []byte(old), 0o640))

	// An input that cannot be read to its end: the batch fails, and the
	// old output stays as it was.
	r := runBinary(t, nil, "batch", "-in", dir, "-out", out)
	assert.Equal(t, 1, r.code, r.stderr)
	assert.Contains(t, r.stderr, "reading line 1")
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, old, string(data))
	assertOnlyFiles(t, dir, "out.jsonl")

	// A batch that ends replaces it, keeping its permissions.
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(sampleLine(t, "a")+"\n"), 0o644))
	r = runBinary(t, nil, "batch", "-in", in, "-out", out)
	require.Equal(t, 0, r.code, r.stderr)
	data, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "a", readRecords(t, string(data))[0].ID)
	fi, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm())
	assertOnlyFiles(t, dir, "in.jsonl", "out.jsonl")
}

func assertOnlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.ElementsMatch(t, names, got, "no temporary file left behind")
}

func TestBinaryBatchStopsAtTheFirstWriteError(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full to fail writes")
	}
	line := `{"id": "x", "text": "Harbour Bridge Reopens\n\nThe harbour bridge reopened on Monday after eight months of repairs."}` + "\n"
	for name, args := range map[string][]string{"-out /dev/full": {"batch", "-out", "/dev/full"}, "stdout /dev/full": {"batch"}} {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(binary(t), args...)
			stdin, err := cmd.StdinPipe()
			require.NoError(t, err)
			var errOut strings.Builder
			cmd.Stderr = &errOut
			if len(args) == 1 {
				full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
				require.NoError(t, err)
				defer full.Close()
				cmd.Stdout = full
			}
			require.NoError(t, cmd.Start())
			go func() { // an input that never ends
				for {
					if _, err := io.WriteString(stdin, line); err != nil {
						return
					}
				}
			}()
			start := time.Now()
			waitOrKill(t, cmd)
			stdin.Close()
			assert.Equal(t, 1, cmd.ProcessState.ExitCode())
			assert.Contains(t, errOut.String(), "writing the record of line 1: ")
			assert.Contains(t, errOut.String(), "no space left on device")
			assert.Less(t, time.Since(start), 30*time.Second)
		})
	}
}
