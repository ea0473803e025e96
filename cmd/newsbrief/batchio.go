package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// openBatchInput opens batch's input: a file, or stdin for "-". It also
// returns the input's *os.File, when it is one, to compare with the output
// and count its lines.
func (c *cli) openBatchInput(p string) (io.ReadCloser, *os.File, error) {
	if p == "-" {
		f, _ := c.stdin.(*os.File)
		return c.readStdin("articles as JSON Lines"), f, nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, nil, err
	}
	return f, f, nil
}

// batchOutput is where batch writes: stdout, a device or pipe written in
// place, or a temporary file beside the named one that commit renames
// over it, so that a batch that fails leaves the old file as it was.
type batchOutput struct {
	io.Writer
	tmp    *os.File  // nil unless writing to a temporary file
	path   string    // the file tmp becomes
	closer io.Closer // a device or pipe opened by name, else nil
}

// openBatchOutput opens batch's output p ("-" for stdout), refusing one
// that is the input: writing it would destroy what is still to be read.
func (c *cli) openBatchOutput(p string, in *os.File) (*batchOutput, error) {
	var out io.Writer = c.stdout
	var outInfo fs.FileInfo
	if p != "-" {
		fi, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		default:
			outInfo = fi
		}
	} else if f, ok := c.stdout.(*os.File); ok {
		outInfo, _ = f.Stat()
	}
	if in != nil && outInfo != nil {
		if inInfo, err := in.Stat(); err == nil && inInfo.Mode().IsRegular() && os.SameFile(inInfo, outInfo) {
			return nil, usageError{"the output " + describeOutput(p) + " is the input file; write to another file, then rename it"}
		}
	}
	if p == "-" {
		return &batchOutput{Writer: out}, nil
	}
	if outInfo != nil && !outInfo.Mode().IsRegular() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0) // a device or a named pipe: write in place
		if err != nil {
			return nil, err
		}
		return &batchOutput{Writer: f, closer: f}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "."+filepath.Base(p)+".*.tmp")
	if err != nil {
		return nil, err
	}
	mode := fs.FileMode(0o644)
	if outInfo != nil {
		mode = outInfo.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, err
	}
	return &batchOutput{Writer: tmp, tmp: tmp, path: p}, nil
}

func describeOutput(p string) string {
	if p == "-" {
		return "(stdout)"
	}
	return p
}

// commit makes the output final: the temporary file is synced, closed and
// renamed over the named file.
func (o *batchOutput) commit() error {
	if o.closer != nil {
		return o.closer.Close()
	}
	if o.tmp == nil {
		return nil
	}
	err := o.tmp.Sync()
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp.Name(), o.path)
	}
	if err != nil {
		os.Remove(o.tmp.Name())
	}
	return err
}

// abort drops the temporary file, leaving the named one untouched.
func (o *batchOutput) abort() {
	if o.closer != nil {
		o.closer.Close()
	}
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
