package newsbrief

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/sharedtest"
	"github.com/stretchr/testify/require"
)

var study = flag.Bool("study", false, "print the section audit (TestSectionAudit)")

// TestSectionAudit measures the precision of the Risks, Opportunities and
// Unknowns sections out of sample: every point those sections held in
// briefs of 601 articles was judged by hand against the label definitions
// in ../shared/README.md, and testdata/section-audit.jsonl keeps the
// verdicts (keyed by a hash of the point's text, so no article text is
// copied). It builds the briefs as `newsbrief batch` does and prints
// precision over the judged points, and the points nobody has judged yet:
//
//	go test -run TestSectionAudit -v . -study
//
// Three groups: "first", BBC politics articles 1000-1299, whose errors
// were read while changing the cue rules; "second", CNN/DailyMail and
// XSum, held out for two rounds of changes and read for the third;
// "fresh", BBC business and entertainment articles 300-709, judged only
// after the last change.
func TestSectionAudit(t *testing.T) {
	if !*study {
		t.Skip("a study, not a check: run with -study to print it")
	}
	verdicts := loadVerdicts(t)
	sets := []struct {
		name, file, group string
		from, to          int
	}{
		{"cnndm", "cnndm_frank.jsonl", "second", 0, 1 << 30},
		{"xsum", "xsum_frank.jsonl", "second", 0, 1 << 30},
		{"bbc", "bbc_news_summary.jsonl", "first", 1000, 1300},
		{"bbc", "bbc_news_summary.jsonl", "fresh", 300, 710},
	}
	type tally struct{ correct, judged, unjudged int }
	tallies := map[string]*tally{}
	for _, s := range sets {
		for _, a := range loadArticles(t, s.file, s.from, s.to) {
			b, err := auditBrief(a.Title, a.Text)
			if err != nil {
				continue
			}
			for section, points := range map[string][]brief.Point{"risks": b.Risks, "opportunities": b.Opportunities, "unknowns": b.Unknowns} {
				key := s.group + " " + section
				if tallies[key] == nil {
					tallies[key] = &tally{}
				}
				tl := tallies[key]
				for _, p := range points {
					v, ok := verdicts[s.name+"|"+a.ID+"|"+section+"|"+textHash(p.Text)]
					switch {
					case !ok:
						tl.unjudged++
						t.Logf("not judged yet: %s %s %s: %s", s.name, a.ID, section, p.Text)
					case v == "correct":
						tl.correct++
						tl.judged++
					default:
						tl.judged++
					}
				}
			}
		}
	}
	for _, group := range []string{"first", "second", "fresh"} {
		for _, section := range []string{"risks", "opportunities", "unknowns"} {
			tl := tallies[group+" "+section]
			if tl == nil {
				continue
			}
			t.Logf("%-6s %-13s precision %s (%d/%d), %d not judged", group, section,
				strconv.FormatFloat(float64(tl.correct)/float64(max(tl.judged, 1)), 'f', 3, 64), tl.correct, tl.judged, tl.unjudged)
		}
	}
}

// auditBrief builds a brief as `newsbrief batch` does for a line with
// "text" and "title".
func auditBrief(title, text string) (*brief.Brief, error) {
	a, err := extract.FromText(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	return brief.Build([]brief.Document{Document(a).WithMeta(title, "", time.Time{})})
}

func textHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

func loadVerdicts(t *testing.T) map[string]string {
	f, err := os.Open(filepath.Join("testdata", "section-audit.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v struct{ Set, ID, Section, SHA256, Verdict string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		out[v.Set+"|"+v.ID+"|"+v.Section+"|"+v.SHA256] = v.Verdict
	}
	require.NoError(t, sc.Err())
	return out
}

type auditArticle struct{ ID, Title, Text string }

// loadArticles reads lines [from, to) of a summarisation set in ../shared.
func loadArticles(t *testing.T, file string, from, to int) []auditArticle {
	f, err := os.Open(sharedtest.Path(t, "data", "summ", file))
	require.NoError(t, err)
	defer f.Close()
	var out []auditArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 0; sc.Scan() && n < to; n++ {
		if n < from {
			continue
		}
		var a auditArticle
		require.NoError(t, json.Unmarshal(sc.Bytes(), &a))
		out = append(out, a)
	}
	require.NoError(t, sc.Err())
	return out
}
