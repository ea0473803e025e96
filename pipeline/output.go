package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// writeShards writes KV<int shard, string line> as files
// dir/prefix-SSSSS-of-NNNNN.jsonl, lines sorted so that the output does
// not depend on the runner's order. Shards without lines get no file.
func writeShards(s beam.Scope, lines beam.PCollection, dir, prefix string, shards int) {
	s = s.Scope("write " + prefix)
	beam.ParDo0(s, &writeShardFn{Dir: dir, Prefix: prefix, Shards: shards}, beam.GroupByKey(s, lines))
}

// writeShardFn writes one shard.
type writeShardFn struct {
	Dir, Prefix string
	Shards      int
}

// ProcessElement writes the lines of one shard.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", fn.Prefix, shard, fn.Shards)
	return writeFile(ctx, join(fn.Dir, name), func(w *bufio.Writer) error {
		for _, l := range all {
			w.WriteString(l)
			w.WriteByte('\n')
		}
		return nil
	})
}

// outcomeLine makes the dead-letter line of an outcome, KV<shard, line>.
type outcomeLine struct {
	Shards int
}

// ProcessElement formats one outcome.
func (fn *outcomeLine) ProcessElement(o Outcome) (int, string, error) {
	data, err := json.Marshal(o)
	return shardOf(o.Key, fn.Shards), string(data), err
}

// writeCounts sums KV<string, int> per key and writes them as
// dir/counts.json.
func writeCounts(s beam.Scope, counts beam.PCollection, dir string) {
	s = s.Scope("counts")
	sums := beam.ParDo(s, formatSum, stats.SumPerKey(s, counts))
	beam.ParDo0(s, &writeCountsFn{Dir: dir}, beam.GroupByKey(s, beam.AddFixedKey(s, sums)))
}

// sum is one count's total.
type sum struct {
	Name string
	N    int
}

// formatSum makes a sum of a KV.
func formatSum(name string, n int) sum { return sum{name, n} }

// writeCountsFn writes counts.json.
type writeCountsFn struct {
	Dir string
}

// ProcessElement writes all sums.
func (fn *writeCountsFn) ProcessElement(ctx context.Context, _ int, sums func(*sum) bool) error {
	m := map[string]int{}
	var v sum
	for sums(&v) {
		m[v.Name] += v.N
	}
	c := countsFrom(m)
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(ctx, join(fn.Dir, CountsFile), func(w *bufio.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// writeFile creates a file through Beam's file systems (local, gs://, …)
// and fills it.
func writeFile(ctx context.Context, path string, fill func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := fill(w); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// join joins a directory (a path or a URL such as gs://bucket/out) and a
// file name.
func join(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}
