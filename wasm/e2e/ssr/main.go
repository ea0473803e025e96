// Command ssr writes a brief as a server-rendered <news-brief> element, with
// brief.AsElement, for the browser tests and the benchmark:
//
//	go run ./wasm/e2e/ssr -theme dark < brief.json
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsbrief/newsbrief/brief"
)

func main() {
	theme := flag.String("theme", "auto", "light, dark or auto")
	flag.Parse()
	b, err := brief.Parse(os.Stdin)
	if err == nil {
		err = brief.WriteHTML(os.Stdout, b, brief.AsElement(*theme))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ssr:", err)
		os.Exit(1)
	}
}
