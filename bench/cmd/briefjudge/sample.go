package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsbrief/newsbrief/internal/shared"
)

// An item is one article or one story of the sample: a source set and the
// id of the article or story in it.
type item struct{ Set, ID string }

// quota is how many items of each set the sample holds, and which of a
// set's articles may be picked.
var quota = []struct {
	set, file string
	n         int
	keep      func(line int) bool
}{
	{"bbc", "summ/bbc_news_summary.jsonl", 10, func(l int) bool { return l >= 710 && (l < 1000 || l >= 1300) }}, // not the ranking dev set nor the cue audits
	{"xsum", "summ/xsum_frank.jsonl", 6, nil},
	{"cnndm", "summ/cnndm_frank.jsonl", 6, nil},
	{"kr", "summ/sci_news_sum_kr50.jsonl", 8, nil},
	{"aeb", "aeb", 10, nil},
	{"allsides", "multi/allsides_neus.jsonl", 8, nil},
}

// devQuota is the quota of a dev sample (pick -out FILE -exclude …): the
// judged sample's sets plus MultiLing stories and trafilatura pages, so
// that a dev set covers every source briefs are built from.
var devQuota = append(slices.Clone(quota),
	struct {
		set, file string
		n         int
		keep      func(line int) bool
	}{"multiling", "summ/multiling2011_en.jsonl", 2, nil},
	struct {
		set, file string
		n         int
		keep      func(line int) bool
	}{"traf", "traf", 4, nil},
)

const samplePath = "testdata/quality/sample.txt"

// runPick picks the sample at random (seeded) and writes its ids.
func runPick(args []string) error {
	fs := flag.NewFlagSet("pick", flag.ExitOnError)
	seed := fs.Uint64("seed", 20261203, "random seed")
	force := fs.Bool("force", false, "overwrite an existing sample (never do this once judging has started)")
	outPath := fs.String("out", samplePath, "sample file to write, relative to the module root (another file: a dev sample)")
	exclude := fs.String("exclude", "", "comma-separated sample files (relative to the module root) whose ids a dev sample must not hold (default: the judged sample)")
	fs.Parse(args)
	root, err := shared.ModuleRoot()
	if err != nil {
		return err
	}
	if *exclude == "" && *outPath != samplePath {
		*exclude = samplePath
	}
	out := filepath.Join(root, *outPath)
	if _, err := os.Stat(out); err == nil && !*force {
		return fmt.Errorf("%s exists: the sample is picked once", out)
	}
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	quotas, excluded := quota, map[item]bool{}
	if *outPath != samplePath {
		quotas = devQuota
		for _, f := range strings.Split(*exclude, ",") {
			if f == "" {
				continue
			}
			items, err := readSampleFile(filepath.Join(root, f))
			if err != nil {
				return err
			}
			for _, it := range items {
				excluded[it] = true
			}
		}
	}
	r := rand.New(rand.NewPCG(*seed, 1))
	var b strings.Builder
	fmt.Fprintf(&b, "# A brief-quality sample: picked at random (briefjudge pick -seed %d -out %s -exclude %q) before any work on it.\n# set id\n", *seed, *outPath, *exclude)
	for _, q := range quotas {
		ids, err := setIDs(dir, q.file, q.keep)
		if err != nil {
			return err
		}
		picked := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return excluded[item{q.set, id}] })
		r.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
		picked = picked[:min(q.n, len(picked))] // a set the exclusions used up gives fewer
		slices.Sort(picked)
		for _, id := range picked {
			fmt.Fprintf(&b, "%s %s\n", q.set, id)
		}
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// setIDs lists the ids of a set's articles (AEB: its page files).
func setIDs(dir, file string, keep func(int) bool) ([]string, error) {
	if file == "traf" {
		return trafIDs(dir)
	}
	if file == "aeb" {
		entries, err := os.ReadDir(filepath.Join(dir, "data", "aeb", "html"))
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, e := range entries {
			ids = append(ids, strings.TrimSuffix(e.Name(), ".html"))
		}
		return ids, nil
	}
	var ids []string
	err := eachLine(filepath.Join(dir, "data", file), func(line int, raw []byte) error {
		if keep != nil && !keep(line) {
			return nil
		}
		var v struct{ ID string }
		if err := json.Unmarshal(raw, &v); err != nil {
			return err
		}
		ids = append(ids, v.ID)
		return nil
	})
	return ids, err
}

// eachLine calls fn for every line of a JSONL file, numbered from 0.
func eachLine(path string, fn func(line int, raw []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 0; sc.Scan(); n++ {
		if err := fn(n, sc.Bytes()); err != nil {
			return fmt.Errorf("%s line %d: %w", path, n+1, err)
		}
	}
	return sc.Err()
}

// readSample reads the items of a sample file given relative to the module
// root.
func readSample(path string) ([]item, error) {
	root, err := shared.ModuleRoot()
	if err != nil {
		return nil, err
	}
	return readSampleFile(filepath.Join(root, path))
}

// readSampleFile reads the items of a sample file.
func readSampleFile(path string) ([]item, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var items []item
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
			items = append(items, item{f[0], f[1]})
		}
	}
	return items, nil
}
