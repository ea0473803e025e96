package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

// fileTypes are the Content-Types of the files served, by extension;
// files of other types are not served.
var fileTypes = map[string]string{
	".wasm": "application/wasm",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
}

// encodings are the precompressed copies looked for beside a file, in
// order of preference, with their suffixes.
var encodings = []struct{ name, suffix string }{{"br", ".br"}, {"gzip", ".gz"}}

// files serves the files at the top of a file system: each in the
// content coding the client prefers among the precompressed copies
// beside it (name.br, name.gz), with a strong ETag (a hash of the bytes
// sent, so each coding has its own), Last-Modified, the given
// Cache-Control, conditional and range requests.
type files struct {
	fsys         fs.FS
	cacheControl string

	mu   sync.Mutex
	tags map[string]fileTag
}

// fileTag is the ETag of a file as it was when hashed.
type fileTag struct {
	size int64
	mod  time.Time
	tag  string
}

func newFiles(fsys fs.FS, cacheControl string) *files {
	return &files{fsys: fsys, cacheControl: cacheControl, tags: map[string]fileTag{}}
}

// serve serves the file name, or fails with ErrNotFound.
func (f *files) serve(w http.ResponseWriter, r *http.Request, name string) error {
	ctype, ok := fileTypes[path.Ext(name)]
	if !ok || !fs.ValidPath(name) || strings.Contains(name, "/") {
		return fmt.Errorf("%w: no file %q", ErrNotFound, name)
	}
	base, err := fs.Stat(f.fsys, name)
	if err != nil || !base.Mode().IsRegular() {
		return fmt.Errorf("%w: no file %q", ErrNotFound, name)
	}
	enc := negotiateEncoding(r.Header.Get("Accept-Encoding"), f.variants(name, base))
	sent := name + suffix(enc)
	file, err := f.fsys.Open(sent)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrNotFound, sent, err)
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return err
	}
	content, err := seeker(file, fi.Size())
	if err != nil {
		return err
	}
	tag, err := f.etag(sent, fi, content)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("ETag", tag)
	h.Set("Cache-Control", f.cacheControl)
	h.Add("Vary", "Accept-Encoding")
	if enc != "identity" {
		h.Set("Content-Encoding", enc)
	}
	http.ServeContent(w, r, name, fi.ModTime(), content)
	return nil
}

// variants lists the codings of the precompressed copies of name that
// are regular files no older than it, to the second (the brotli command
// gives its copy the original's time, truncated to the second); a copy
// left from an earlier build is ignored.
func (f *files) variants(name string, base fs.FileInfo) []string {
	built := base.ModTime().Truncate(time.Second)
	var out []string
	for _, e := range encodings {
		fi, err := fs.Stat(f.fsys, name+e.suffix)
		if err == nil && fi.Mode().IsRegular() && !fi.ModTime().Before(built) {
			out = append(out, e.name)
		}
	}
	return out
}

// suffix is the file name suffix of a content coding.
func suffix(enc string) string {
	for _, e := range encodings {
		if e.name == enc {
			return e.suffix
		}
	}
	return ""
}

// seeker returns the file as an io.ReadSeeker, reading it into memory
// only when it cannot seek.
func seeker(file fs.File, size int64) (io.ReadSeeker, error) {
	if rs, ok := file.(io.ReadSeeker); ok {
		return rs, nil
	}
	data, err := io.ReadAll(io.LimitReader(file, size))
	return bytes.NewReader(data), err
}

// etag returns the strong ETag of a file: a hash of its bytes, kept
// while its size and modification time stay the same.
func (f *files) etag(name string, fi fs.FileInfo, content io.ReadSeeker) (string, error) {
	f.mu.Lock()
	t, ok := f.tags[name]
	f.mu.Unlock()
	if ok && t.size == fi.Size() && t.mod.Equal(fi.ModTime()) {
		return t.tag, nil
	}
	hash := sha256.New()
	if _, err := io.Copy(hash, content); err != nil {
		return "", err
	}
	if _, err := content.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag := `"` + hex.EncodeToString(hash.Sum(nil)[:16]) + `"`
	f.mu.Lock()
	f.tags[name] = fileTag{fi.Size(), fi.ModTime(), tag}
	f.mu.Unlock()
	return tag, nil
}
