// Command build builds the <news-brief> widget into wasm/dist:
//
//	go run ./wasm/build
//
// It writes newsbrief-render.wasm (render, parse), newsbrief.wasm (render,
// parse, build, extract), wasm_exec.js from GOROOT, news-brief.js and
// news-brief-worker.js, a .gz copy of each file and, when the brotli command
// is installed, a .br copy, then prints the sizes.
package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

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
	root := strings.TrimSpace(goEnv("GOMOD"))
	if root == "" || root == os.DevNull {
		log.Fatal("run from inside the newsbrief module")
	}
	root = filepath.Dir(root)
	dist := filepath.Join(root, "wasm", "dist")
	if err := os.RemoveAll(dist); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(dist, 0o755); err != nil {
		log.Fatal(err)
	}

	var files []string
	for _, b := range wasmBuilds {
		// Two settings make the files smaller, measured with brotli on the
		// render build: -gcflags=all=-l turns inlining off (the wasm grows
		// a little but compresses much better: 726 KB -> 672 KB), and
		// GOEXPERIMENT=nogreenteagc keeps the classic garbage collector,
		// whose code is smaller (655 KB -> 646 KB); a page's one thread
		// gains nothing from Green Tea's multi-core scanning.
		cmd := exec.Command("go", "build", "-trimpath", "-gcflags=all=-l", "-ldflags=-s -w", "-o", filepath.Join(dist, b[0]), b[1])
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOEXPERIMENT=nogreenteagc")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			log.Fatalf("go build %s: %v", b[1], err)
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
			log.Fatal(err)
		}
		gz := gzipFile(path, data)
		br := "-"
		if brotli != "" {
			cmd := exec.Command(brotli, "-q", "11", "-f", "-k", "-o", path+".br", path)
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				log.Fatalf("brotli %s: %v", f, err)
			}
			br = size(path + ".br")
		}
		fmt.Printf("%-24s %10d %10d %10s\n", f, len(data), gz, br)
	}
	if brotli == "" {
		fmt.Println("(brotli command not found: no .br copies)")
	}
}

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		log.Fatalf("go env %s: %v", key, err)
	}
	return string(out)
}

func copyFile(from, to string) {
	data, err := os.ReadFile(from)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

// gzipFile writes path.gz at the best compression and returns its size.
func gzipFile(path string, data []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path+".gz", buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	return buf.Len()
}

func size(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		log.Fatal(err)
	}
	return fmt.Sprint(fi.Size())
}
