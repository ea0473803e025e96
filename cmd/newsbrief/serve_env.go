package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// envName is the environment variable that sets a flag of serve:
// NEWSBRIEF_ and the flag's name in upper case, - as _ (-max-body is
// NEWSBRIEF_MAX_BODY).
func envName(flagName string) string {
	return "NEWSBRIEF_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// flagsFromEnv sets each flag not given on the command line from its
// environment variable, when that is set: the command line wins.
func flagsFromEnv(fs *flag.FlagSet) error {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		v, ok := os.LookupEnv(envName(f.Name))
		if err != nil || given[f.Name] || !ok {
			return
		}
		if serr := fs.Set(f.Name, v); serr != nil {
			err = usageError{fmt.Sprintf("%s=%s: %v", envName(f.Name), v, serr)}
		}
	})
	return err
}

// byteSize is a flag holding a number of bytes, written as a number with
// an optional unit: B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB
// (powers of 1024), in any case.
type byteSize int64

// units are the multipliers of byteSize's units, longest suffix first.
var units = []struct {
	suffix string
	n      int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// String writes the size in the largest binary unit that divides it
// (4MiB), or in bytes; Set reads it back.
func (b *byteSize) String() string {
	if b == nil {
		return "0"
	}
	n := int64(*b)
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n != 0 && n%u.n == 0 {
			return strconv.FormatInt(n/u.n, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

// Set reads a size such as 4MiB, 512kb or 1048576.
func (b *byteSize) Set(s string) error {
	num, mult := strings.ToLower(strings.TrimSpace(s)), int64(1)
	for _, u := range units {
		if n, ok := strings.CutSuffix(num, u.suffix); ok {
			num, mult = strings.TrimSpace(n), u.n
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return fmt.Errorf("%q is not a size such as 4MiB, 512KB or 1048576", s)
	}
	*b = byteSize(n * mult)
	return nil
}
