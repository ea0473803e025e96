//go:build ignore

// gen_entities writes entities.txt, HTML's named character references,
// from the table of the standard library's html package (the WHATWG list):
//
//	go generate ./internal/htmlparse
//
// Each line is a name (with its semicolon, if it has one) and the code
// points it stands for, in hexadecimal.
package main

import (
	"bufio"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

var line = regexp.MustCompile(`^\s*"([^"]+)":\s*(\{?[^}]*\}?),\s*$`)

var point = regexp.MustCompile(`'\\[Uu]([0-9A-Fa-f]{4,8})'`)

func main() {
	src, err := os.Open(filepath.Join(runtime.GOROOT(), "src", "html", "entity.go"))
	if err != nil {
		log.Fatal(err)
	}
	defer src.Close()
	seen := map[string]string{}
	sc := bufio.NewScanner(src)
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		var hex []string
		for _, p := range point.FindAllStringSubmatch(m[2], -1) {
			n, err := strconv.ParseUint(p[1], 16, 32)
			if err != nil {
				log.Fatal(err)
			}
			hex = append(hex, strconv.FormatUint(n, 16))
		}
		if len(hex) == 0 {
			log.Fatalf("no code point in %q", sc.Text())
		}
		seen[m[1]] = strings.Join(hex, " ")
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n + " " + seen[n] + "\n")
	}
	if err := os.WriteFile("entities.txt", []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d entities", len(names))
}
