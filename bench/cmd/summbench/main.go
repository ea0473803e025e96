// Command summbench scores newsbrief's key insights side by side with two
// extractive baselines, Lead-3 and TextRank, on the summarisation sets in
// shared/data/summ: ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 against the
// reference summaries, plus sentences per summary and time per article.
//
// Two sets are multi-source: each item is a story told by several
// articles. allsides (shared/data/multi/allsides_neus.jsonl) has 2-3
// outlets per story and AllSides' roundup as reference; multiling
// (multiling2011_en.jsonl) has 10 WikiNews articles per topic and three
// human summaries. There Lead-3 reads the first article, TextRank ranks the
// sentences of all of them, and newsbrief builds one brief from all of
// them. After the ROUGE tables, a table checks those briefs: quotes
// verbatim in their source, coverage entries with duplicate or empty
// framings or quotes, and whether the original is the earliest-dated
// article.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/summbench
//	cd bench && go run ./cmd/summbench -only newsbrief,lead3 -sets cnndm -v
//
// Flags:
//
//	-data DIR   directory of the *.jsonl sets (default: shared/data/summ beside the main module)
//	-only a,b   run only these systems, in this order: lead3, textrank, newsbrief
//	-sets a,b   score only these sets: cnndm, kr, bbc, xsum, allsides, multiling
//	            (default: all; xsum, allsides and multiling only when present)
//	-multi DIR  directory of allsides_neus.jsonl (default: multi beside -data)
//	-n N        use at most the first N articles of each set (0: all)
//	-bbc N      use the first N BBC articles (default 300; 0: all 1,824)
//	-v          print each set's worst articles by the first system's R-2
//	-worst N    how many articles -v prints per set (default 10)
//	-presplit   baselines read the sentences from the set's "sentences" field
//	            (cnndm, kr, xsum) instead of splitting the text
//	-digits N   print the scores with N decimals (default 1)
//	-part P     score only the tuning or the frozen part of every set, by
//	            article or story id (internal/devsplit), of the articles
//	            -bbc and -n keep; default: all
//
// Systems run one after another on articles held in memory; only the
// summarising is timed, after one untimed warm-up article. An error or a
// panic counts as an empty summary. Building with -tags nonewsbrief leaves
// the newsbrief system out, so the baselines still run while package brief
// does not compile.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"github.com/newsbrief/newsbrief/bench/internal/jsonl"
	"github.com/newsbrief/newsbrief/internal/devsplit"
	"github.com/newsbrief/newsbrief/internal/shared"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A dataset is one JSONL file of articles with reference summaries.
type dataset struct {
	name     string // short name for -sets
	file     string
	lang     string // passed to newsbrief as Document.Language
	about    string // what the reference is
	optional bool   // skipped, with a note, when the file is missing
	multi    bool   // items are stories of several articles (multi.go)
	multiDir bool   // the file is in -multi rather than -data
}

var datasets = []dataset{
	{name: "cnndm", file: "cnndm_frank.jsonl", lang: "en", about: "CNN/DailyMail; reference: the human highlights"},
	{name: "kr", file: "sci_news_sum_kr50.jsonl", lang: "ko", about: "Korean science/IT news; reference: extractive, article sentences picked by annotators"},
	{name: "bbc", file: "bbc_news_summary.jsonl", lang: "en", about: "BBC News Summary; reference: extractive, about 40% of the article's sentences"},
	{name: "xsum", file: "xsum_frank.jsonl", lang: "en", about: "XSum; reference: one abstractive sentence", optional: true},
	{name: "allsides", file: "allsides_neus.jsonl", lang: "en", optional: true, multi: true, multiDir: true,
		about: "AllSides roundups, 2-3 outlets per story (opening paragraphs only); reference: summary paragraph 1 (the event), split into sentences"},
	{name: "multiling", file: "multiling2011_en.jsonl", lang: "en", optional: true, multi: true,
		about: "MultiLing 2011, 10 WikiNews articles per topic; reference: 3 human summaries of ~250 words, scores averaged over them"},
}

// An article is one line of a set. Summary holds the reference sentences.
type article struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Text    string   `json:"text"`
	Summary []string `json:"summary"`
	// Sentences are the article's sentences as the set splits them, where
	// it does; used only with -presplit.
	Sentences []string `json:"sentences"`

	// The multi-source sets fill these instead of Title and Text
	// (loadStories).
	Docs []doc `json:"-"` // the story's articles, in the set's order
	// References are several reference summaries; each is scored and the
	// scores averaged. When empty, Summary is the only reference.
	References [][]string `json:"-"`
	// Full is a second, longer reference, scored beside the first: all of
	// AllSides' summary, where Summary is its first paragraph.
	Full []string `json:"-"`
}

type options struct {
	dataDir, multiDir string
	only, sets, part  string
	n, bbc, worst     int
	digits            int // decimals of the printed scores
	verbose, presplit bool
}

func main() {
	var o options
	flag.StringVar(&o.dataDir, "data", "", "directory holding the summarisation sets (default: shared/data/summ beside the main module)")
	flag.StringVar(&o.multiDir, "multi", "", "directory holding allsides_neus.jsonl (default: multi beside -data)")
	flag.StringVar(&o.only, "only", "", "comma-separated systems to run (default: all)")
	flag.StringVar(&o.sets, "sets", "", "comma-separated sets to score: cnndm, kr, bbc, xsum, allsides, multiling (default: all present)")
	flag.IntVar(&o.n, "n", 0, "use at most the first N articles of each set (0: all)")
	flag.IntVar(&o.bbc, "bbc", 300, "use the first N articles of the BBC set (0: all)")
	flag.BoolVar(&o.verbose, "v", false, "print per-article R-2 for each set's worst articles")
	flag.IntVar(&o.worst, "worst", 10, "number of articles -v prints per set")
	flag.IntVar(&o.digits, "digits", 1, "decimals of the ROUGE scores printed")
	flag.StringVar(&o.part, "part", "", "score only this part of every set: tuning or frozen (internal/devsplit, by id; default: all)")
	flag.BoolVar(&o.presplit, "presplit", false, "baselines take the sentences from the set's \"sentences\" field where it has one")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "summbench:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.n < 0 || o.bbc < 0 || o.worst < 0 {
		return errors.New("-n, -bbc and -worst must not be negative")
	}
	if o.part != "" && o.part != string(devsplit.Tuning) && o.part != string(devsplit.Frozen) {
		return fmt.Errorf("-part %q: want tuning or frozen", o.part)
	}
	presplit = o.presplit
	sel, err := selectSystems(o.only)
	if err != nil {
		return err
	}
	sets, err := selectSets(o.sets)
	if err != nil {
		return err
	}
	if o.dataDir == "" {
		if o.dataDir, err = defaultDataDir(); err != nil {
			return err
		}
	}
	if o.multiDir == "" {
		o.multiDir = filepath.Join(filepath.Dir(filepath.Clean(o.dataDir)), "multi")
	}
	check := checkStories != nil && slices.ContainsFunc(sel, func(s system) bool { return s.name == "newsbrief" })

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	scored := 0
	var checks []briefChecks
	for _, ds := range sets {
		dir, load := o.dataDir, loadArticles
		if ds.multiDir {
			dir = o.multiDir
		}
		if ds.multi {
			load = loadStories
		}
		arts, err := load(filepath.Join(dir, ds.file))
		if errors.Is(err, fs.ErrNotExist) && ds.optional {
			fmt.Fprintf(os.Stderr, "summbench: %s not found, skipped\n", ds.file)
			continue
		}
		if err != nil {
			return err
		}
		total := len(arts)
		if ds.name == "bbc" && o.bbc > 0 {
			arts = arts[:min(o.bbc, len(arts))]
		}
		if o.n > 0 {
			arts = arts[:min(o.n, len(arts))]
		}
		if o.part != "" { // after -bbc and -n, so that the two parts split the same articles
			arts = slices.DeleteFunc(arts, func(a article) bool { return string(devsplit.Of(a.ID)) != o.part })
		}
		if len(arts) == 0 {
			return fmt.Errorf("no articles in %s", ds.file)
		}
		results := make([]*result, 0, len(sel))
		for _, sys := range sel {
			fmt.Fprintf(os.Stderr, "summbench: %s on %s (%d articles)…\n", sys.name, ds.name, len(arts))
			results = append(results, measure(sys, ds, arts))
		}
		printTable(w, ds, arts, total, results, o.digits)
		if o.verbose {
			printWorst(w, arts, results, o.worst)
		}
		if ds.multi && check {
			fmt.Fprintf(os.Stderr, "summbench: checking newsbrief's briefs on %s…\n", ds.name)
			checks = append(checks, checkStories(ds, arts))
		}
		scored++
	}
	if scored == 0 {
		return errors.New("no set scored")
	}
	if len(checks) > 0 {
		printChecks(w, checks, o.verbose)
	}
	printFooter(w)
	return w.Flush()
}

// loadArticles reads one JSONL set of single articles.
func loadArticles(path string) ([]article, error) { return jsonl.Read[article](path) }

// selectSets returns the sets named in names (comma-separated, in that
// order), or all of them when names is empty.
func selectSets(names string) ([]dataset, error) {
	if names == "" {
		return datasets, nil
	}
	var sel []dataset
	for name := range strings.SplitSeq(names, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		found := false
		for _, ds := range datasets {
			if ds.name == name {
				ds.optional = false // asked for by name: its file must exist
				sel, found = append(sel, ds), true
				break
			}
		}
		if !found {
			var all []string
			for _, ds := range datasets {
				all = append(all, ds.name)
			}
			return nil, fmt.Errorf("unknown set %q (have %s)", name, strings.Join(all, ", "))
		}
	}
	if len(sel) == 0 {
		return nil, fmt.Errorf("-sets %q names no set", names)
	}
	return sel, nil
}

// defaultDataDir returns shared/data/summ beside the main module's root.
func defaultDataDir() (string, error) {
	dir, err := shared.Dir()
	if err != nil {
		return "", fmt.Errorf("%w; pass -data", err)
	}
	return filepath.Join(dir, "data", "summ"), nil
}
