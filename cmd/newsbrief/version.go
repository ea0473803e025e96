package main

import (
	"flag"
	"fmt"
	"runtime/debug"
	"strings"
)

func runVersion(c *cli, fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"version takes no arguments"}
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		_, err := fmt.Fprintln(c.stdout, "newsbrief (no build information)")
		return err
	}
	_, err := fmt.Fprintln(c.stdout, versionLine(info))
	return err
}

// versionLine words the build information: the module version ("(devel)"
// for a build from a source tree), the VCS revision and time, whether the
// tree had changes, and the Go version, e.g.
//
//	newsbrief v1.2.0 go1.26.8
//	newsbrief (devel) (revision 7ed4429b…+modified, 2026-12-03T08:00:00Z) go1.26.8
//
// with the revision in full.
func versionLine(info *debug.BuildInfo) string {
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var vcs []string
	if rev := settings["vcs.revision"]; rev != "" {
		if settings["vcs.modified"] == "true" {
			rev += "+modified"
		}
		vcs = append(vcs, "revision "+rev)
	}
	if t := settings["vcs.time"]; t != "" {
		vcs = append(vcs, t)
	}
	line := "newsbrief " + version
	if len(vcs) > 0 {
		line += " (" + strings.Join(vcs, ", ") + ")"
	}
	return line + " " + info.GoVersion
}
