// Command newsbrief reads, renders and (in later releases) builds news
// briefs. Run "newsbrief help" for the commands.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
