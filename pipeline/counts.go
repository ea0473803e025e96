package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// CountsFile is the name of the counts file in the output directory.
const CountsFile = "counts.json"

// Counts are the totals of a run. Every record read is briefed (it is in
// a story's brief), skipped (it holds no article: a WARC request, a PDF,
// an HTTP 404…) or failed (it could not be read, extracted or briefed):
// Records = Briefed + Skipped + Failed.
type Counts struct {
	Records int `json:"records"`
	Briefed int `json:"briefed"`
	Skipped int `json:"skipped"`
	Failed  int `json:"failed"`
	// Stories is the number of story briefs written.
	Stories int `json:"stories"`
	// ArticleBriefs and ArticleBriefsFailed count per-article briefs
	// (Config.PerArticle); they are not records.
	ArticleBriefs       int `json:"article_briefs,omitempty"`
	ArticleBriefsFailed int `json:"article_briefs_failed,omitempty"`
	// Reasons counts skipped and failed records by outcome, stage and
	// the start of the reason, such as "skipped: read: content type
	// application/pdf" or "failed: extract: extract".
	Reasons map[string]int `json:"reasons,omitempty"`
}

// AddUp reports whether the counts add up, and if not, by how much.
func (c Counts) AddUp() error {
	if sum := c.Briefed + c.Skipped + c.Failed; sum != c.Records {
		return fmt.Errorf("counts do not add up: %d records read, but %d briefed + %d skipped + %d failed = %d",
			c.Records, c.Briefed, c.Skipped, c.Failed, sum)
	}
	return nil
}

// String is a one-line summary.
func (c Counts) String() string {
	return fmt.Sprintf("%d records: %d briefed in %d stories, %d skipped, %d failed", c.Records, c.Briefed, c.Stories, c.Skipped, c.Failed)
}

// countsFrom turns the summed counters into Counts.
func countsFrom(m map[string]int) Counts {
	c := Counts{Records: m["records"], Briefed: m["briefed"], Skipped: m["skipped"], Failed: m["failed"],
		Stories: m["stories"], ArticleBriefs: m["article briefs"], ArticleBriefsFailed: m["article briefs failed"]}
	for k, n := range m {
		if strings.HasPrefix(k, "skipped: ") || strings.HasPrefix(k, "failed: ") {
			if c.Reasons == nil {
				c.Reasons = map[string]int{}
			}
			c.Reasons[k] = n
		}
	}
	return c
}

// ReadCounts reads the counts a run wrote into its output directory.
func ReadCounts(ctx context.Context, dir string) (Counts, error) {
	path := join(dir, CountsFile)
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return Counts{}, err
	}
	defer fs.Close()
	f, err := fs.OpenRead(ctx, path)
	if err != nil {
		return Counts{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return Counts{}, err
	}
	var c Counts
	if err := json.Unmarshal(data, &c); err != nil {
		return Counts{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
