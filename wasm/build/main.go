// Command build builds the <news-brief> widget:
//
//	go run ./wasm/build [-o DIR] [-embed DIR]
//	go run ./wasm/build -nonet DIR
//
// It writes, into DIR (wasm/dist of the newsbrief module by default),
// newsbrief-render.wasm (render, parse), newsbrief.wasm (render, parse,
// build, extract), wasm_exec.js from GOROOT, news-brief.js and
// news-brief-worker.js, a .gz copy of each file and, when the brotli
// command is installed, a .br copy; then the npm package directory
// DIR/npm (@newsbrief/widget), and prints the sizes.
//
// It runs only inside the newsbrief module and writes and removes only the
// files it names, in DIR and DIR/npm: it never deletes a directory. With
// -embed DIR it also writes the .gz copies into DIR, the files the
// newsbrief binary embeds (see package wasm/widget, whose go:generate line
// runs this).
//
// Neither wasm file links net/http (see nonet.go): the build compiles
// copies of the dependencies that import it for code the browser never
// runs, without that code. It writes them into wasm/.nonet (ignored by
// git), which it removes at the start and at the end, so two builds cannot
// run at once in one checkout; the path is relative to the module, so the
// build info the wasm files carry, and so their bytes, do not depend on
// where the checkout is. With -nonet DIR it only writes those copies and
// DIR/go.mod into DIR and exits, so that the tests run on the same code:
//
//	go run ./wasm/build -nonet /tmp/nonet
//	GOOS=js GOARCH=wasm go test -modfile=/tmp/nonet/go.mod ./wasm/...
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// modulePath is the module this command builds; it refuses to run in any
// other.
const modulePath = "github.com/newsbrief/newsbrief"

// wasmBuilds maps each wasm file to its package.
var wasmBuilds = [][2]string{
	{"newsbrief-render.wasm", "./wasm/render"},
	{"newsbrief.wasm", "./wasm/full"},
}

// scripts are copied from wasm/web.
var scripts = []string{"news-brief.js", "news-brief-worker.js"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("wasm/build: ")
	out := flag.String("o", "", "write the widget into `DIR` (default: wasm/dist of the newsbrief module)")
	embed := flag.String("embed", "", "also write the .gz copies the newsbrief binary embeds into `DIR`")
	nonet := flag.String("nonet", "", "only write the dependencies' copies without net/http and their go.mod into `DIR`")
	flag.Parse()

	root, err := moduleRoot()
	if err != nil {
		fatal(err)
	}
	if *nonet != "" {
		dir, err := filepath.Abs(*nonet)
		if err == nil {
			err = nonetModules(root, "./wasm/full", dir)
		}
		if err != nil {
			fatal(err)
		}
		fmt.Println(filepath.Join(dir, "go.mod"))
		return
	}
	tmp := filepath.Join(root, "wasm", ".nonet")
	if err := os.RemoveAll(tmp); err != nil {
		fatal(err)
	}
	tmpDir = tmp
	defer os.RemoveAll(tmp)
	dist := *out
	if dist == "" {
		dist = filepath.Join(root, "wasm", "dist")
	}
	if dist, err = filepath.Abs(dist); err != nil {
		fatal(err)
	}
	if err := os.MkdirAll(dist, 0o755); err != nil {
		fatal(err)
	}

	var files []string
	for _, b := range wasmBuilds {
		// Two settings make the files smaller, measured with brotli on the
		// render build: -gcflags=all=-l turns inlining off (the wasm grows
		// a little but compresses much better: 726 KB -> 672 KB), and
		// GOEXPERIMENT=nogreenteagc keeps the classic garbage collector,
		// whose code is smaller (655 KB -> 646 KB); a page's one thread
		// gains nothing from Green Tea's multi-core scanning. GOWASM=satconv,
		// signext uses WebAssembly's saturating conversions and sign
		// extension (every browser since 2021): shorter code, 2.4 KB less
		// for newsbrief.wasm.
		modDir := filepath.Join(tmp, strings.TrimSuffix(b[0], ".wasm"))
		if err := nonetModules(root, b[1], modDir); err != nil {
			fatal(err)
		}
		cmd := exec.Command("go", "build", "-modfile="+filepath.Join(modDir, "go.mod"), "-trimpath", "-gcflags=all=-l", "-ldflags=-s -w", "-o", filepath.Join(dist, b[0]), b[1])
		cmd.Dir = root
		cmd.Env = append(os.Environ(), wasmEnv...)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fatalf("go build %s: %v", b[1], err)
		}
		files = append(files, b[0])
	}
	goroot := strings.TrimSpace(goEnv("GOROOT"))
	execJS := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js") // Go 1.24+
	if _, err := os.Stat(execJS); errors.Is(err, os.ErrNotExist) {
		execJS = filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")
	}
	copyFile(execJS, filepath.Join(dist, "wasm_exec.js"))
	files = append(files, "wasm_exec.js")
	for _, s := range scripts {
		copyFile(filepath.Join(root, "wasm", "web", s), filepath.Join(dist, s))
		files = append(files, s)
	}

	brotli, _ := exec.LookPath("brotli")
	fmt.Printf("%-24s %10s %10s %10s\n", "file", "raw", "gzip", "brotli")
	for _, f := range files {
		path := filepath.Join(dist, f)
		data, err := os.ReadFile(path)
		if err != nil {
			fatal(err)
		}
		gz := gzipBytes(data)
		writeFile(path+".gz", gz)
		if *embed != "" {
			writeFile(filepath.Join(*embed, f+".gz"), gz)
		}
		br := "-"
		if brotli != "" {
			cmd := exec.Command(brotli, "-q", "11", "-f", "-k", "-o", path+".br", path)
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				fatalf("brotli %s: %v", f, err)
			}
			br = size(path + ".br")
		} else {
			removeFile(path + ".br") // a copy from an earlier build would be stale
		}
		fmt.Printf("%-24s %10d %10d %10s\n", f, len(data), len(gz), br)
	}
	if brotli == "" {
		fmt.Println("(brotli command not found: no .br copies)")
	}
	if err := writeNPM(root, dist, files); err != nil {
		fatal(err)
	}
	fmt.Printf("npm package: %s (npm pack %s)\n", filepath.Join(dist, "npm"), filepath.Join(dist, "npm"))
}

// moduleRoot returns the root of the newsbrief module the working
// directory is in, or an error when it is in no module or another one:
// run from another module, go run github.com/newsbrief/newsbrief/wasm/build
// would otherwise build (and write into) that module.
func moduleRoot() (string, error) {
	gomod := strings.TrimSpace(goEnv("GOMOD"))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run from inside the newsbrief module (a checkout of " + modulePath + ")")
	}
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			if p := strings.Trim(strings.TrimSpace(rest), `"`); p != modulePath {
				return "", fmt.Errorf("%s is module %s, not %s: run from inside a newsbrief checkout", gomod, p, modulePath)
			}
			return filepath.Dir(gomod), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// tmpDir is the build's directory of copies, removed by fatal too.
var tmpDir string

// fatal removes tmpDir and exits like log.Fatal.
func fatal(v ...any) {
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	log.Fatal(v...)
}

// fatalf removes tmpDir and exits like log.Fatalf.
func fatalf(format string, v ...any) { fatal(fmt.Sprintf(format, v...)) }

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		fatalf("go env %s: %v", key, err)
	}
	return string(out)
}

func copyFile(from, to string) {
	data, err := os.ReadFile(from)
	if err != nil {
		fatal(err)
	}
	writeFile(to, data)
}

func writeFile(path string, data []byte) {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fatal(err)
	}
}

func removeFile(path string) {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		fatal(err)
	}
}

// gzipBytes compresses data at the best level, with no name or time in
// the header, so the same input always gives the same bytes.
func gzipBytes(data []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		fatal(err)
	}
	return buf.Bytes()
}

func size(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		fatal(err)
	}
	return fmt.Sprint(fi.Size())
}
