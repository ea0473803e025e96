// Package widget holds the files of the <news-brief> widget, embedded, so
// that a newsbrief binary installed with go install serves /widget/ with
// no source tree and no build step.
//
// The files are the .gz copies go run ./wasm/build writes (its -embed
// flag; run go generate ./wasm/widget after changing the widget or the
// code compiled into its wasm). Only the gzip copies are committed: gzip
// is what every browser accepts and what the standard library can undo
// for a client that accepts no coding, so one copy of each file serves
// everyone; brotli copies would need a brotli decoder for those clients
// and a second copy of every file in the repository.
package widget

//go:generate go run ../build -embed files

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"io"
	"io/fs"
	"strings"
	"time"
)

//go:embed files/*.gz
var embedded embed.FS

// Names are the files of the widget, as served.
var Names = []string{"news-brief.js", "news-brief-worker.js", "wasm_exec.js", "newsbrief-render.wasm", "newsbrief.wasm"}

// FS returns the widget's files: NAME.gz for each of Names, as embedded,
// and NAME, its content, decompressed when opened. It is what
// server.WithWidget takes, which sends NAME.gz to clients that accept
// gzip.
func FS() fs.FS {
	sub, err := fs.Sub(embedded, "files")
	if err != nil {
		panic(err) // "files" is a valid path
	}
	return gzFS{sub}
}

// gzFS serves each NAME.gz of its file system also as NAME, decompressed.
type gzFS struct{ gz fs.FS }

func (f gzFS) Open(name string) (fs.File, error) {
	if name == "." || strings.HasSuffix(name, ".gz") {
		return f.gz.Open(name)
	}
	data, err := fs.ReadFile(f.gz, name+".gz")
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &plainFile{Reader: bytes.NewReader(plain), info: info{name, int64(len(plain))}}, nil
}

// Stat answers without decompressing: a gzip file ends with the size of
// its content (modulo 2³², more than any widget file).
func (f gzFS) Stat(name string) (fs.FileInfo, error) {
	if name == "." || strings.HasSuffix(name, ".gz") {
		return fs.Stat(f.gz, name)
	}
	data, err := fs.ReadFile(f.gz, name+".gz")
	if err != nil || len(data) < 18 {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return info{name, int64(binary.LittleEndian.Uint32(data[len(data)-4:]))}, nil
}

// plainFile is a decompressed file.
type plainFile struct {
	*bytes.Reader
	info info
}

func (p *plainFile) Stat() (fs.FileInfo, error) { return p.info, nil }
func (p *plainFile) Close() error               { return nil }

// info describes a decompressed file; like embedded files, it has no
// modification time.
type info struct {
	name string
	size int64
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return i.size }
func (i info) Mode() fs.FileMode  { return 0o444 }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return false }
func (i info) Sys() any           { return nil }
