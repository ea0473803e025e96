package brief

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds Parse arbitrary input in every format. It must never
// panic, must fail only with the package's typed errors, and whatever it
// returns must survive a round trip through every writer.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && filepath.Ext(name) != ".json" {
			f.Add(data, uint8(0))
		}
	}
	for _, s := range []string{"H\nKey insights\n- a\n  ↳ [1] 0-1 \"a\"", "# H\n\n## Other coverage\n\n- [O](https://o.example) — f\n  > q",
		"<article data-nb-version=\"1\"><h2 data-nb=\"headline\">x</h2></article>", `{"version":1,"headline":"h"}`} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		b, err := Parse(bytes.NewReader(data), WithFormat(Format(format%5)))
		if err != nil {
			for _, want := range []error{ErrEmpty, ErrBinary, ErrMalformed, ErrVersion, ErrTooLarge} {
				if errors.Is(err, want) {
					return
				}
			}
			t.Fatalf("untyped error: %v", err)
		}
		requireRoundTrip(t, b)
	})
}

// FuzzRoundTrip writes random briefs in every format and reads them back.
func FuzzRoundTrip(f *testing.F) {
	for seed := range uint64(8) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		requireRoundTrip(t, genBrief(seed))
	})
}
