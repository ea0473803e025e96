package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbrief/newsbrief"
	"github.com/newsbrief/newsbrief/bench/internal/labeldata"
	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/compose"
	"github.com/newsbrief/newsbrief/extract"
	"github.com/newsbrief/newsbrief/internal/shared"
)

// A point is one judged thing of a packet's brief.
type point struct {
	ID      string `json:"id"`      // K1, W1, S1, R1, O1, U1, N1, F1, Q1, E1, C1, H (headline)
	Section string `json:"section"` // the section's JSON name
	Text    string `json:"text"`
	SHA     string `json:"sha"` // first 16 hex digits of the SHA-256 of Text
	// Source and Span are the point's first evidence: its source and byte
	// offsets (points of a section only; Source is -1 elsewhere).
	Source int    `json:"source"`
	Span   [2]int `json:"span"`
}

// A packet is what a judge reads for one item.
type packet struct {
	Packet string  `json:"packet"` // P01 …, the only name judges see
	Set    string  `json:"set"`
	ID     string  `json:"id"`
	Points []point `json:"points"`
}

// runRender builds the brief of every sample item and writes, per item,
// DIR/Pnn.md (the sources and the brief with numbered points, for the
// judge) and DIR/index.json (which points each packet holds).
func runRender(args []string) error {
	fs := flag.NewFlagSet("render", flag.ExitOnError)
	out := fs.String("out", "", "directory to write the packets to (outside the repository: they hold article text)")
	samplePathFlag := fs.String("sample", samplePath, "sample file, relative to the module root (e.g. a dev sample)")
	fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("render: -out DIR is required")
	}
	items, err := readSample(*samplePathFlag)
	if err != nil {
		return err
	}
	dir, err := shared.Dir()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	var index []packet
	for k, it := range items {
		docs, err := loadItem(dir, it)
		if err != nil {
			return fmt.Errorf("%s %s: %w", it.Set, it.ID, err)
		}
		p := packet{Packet: fmt.Sprintf("P%02d", k+1), Set: it.Set, ID: it.ID}
		var md strings.Builder
		fmt.Fprintf(&md, "# Packet %s\n\n## Sources\n\n", p.Packet)
		for i, d := range docs {
			fmt.Fprintf(&md, "### [S%d] %s — %s\n%s\n\n%s\n\n", i, orNone(d.Outlet), orNone(d.Title), orNone(d.URL), d.Text)
		}
		b, err := compose.Build(context.Background(), docs)
		if err != nil {
			fmt.Fprintf(&md, "## Brief\n\n(no brief: %v)\n", err)
		} else {
			p.Points = writeBrief(&md, b)
		}
		if err := os.WriteFile(filepath.Join(*out, p.Packet+".md"), []byte(md.String()), 0o644); err != nil {
			return err
		}
		index = append(index, p)
	}
	data, err := json.MarshalIndent(index, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*out, "index.json"), append(data, '\n'), 0o644)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// writeBrief writes the brief with every judged thing numbered, and
// returns them.
func writeBrief(md *strings.Builder, b *brief.Brief) []point {
	var pts []point
	add := func(id, section, text string, ev ...brief.Evidence) string {
		pt := point{ID: id, Section: section, Text: text, SHA: sha(text), Source: -1}
		if len(ev) > 0 {
			pt.Source, pt.Span = ev[0].Source, [2]int{ev[0].Start, ev[0].End}
		}
		pts = append(pts, pt)
		return id
	}
	fmt.Fprintf(md, "## Brief\n\n[%s] Headline: %s\n\n", add("H", "headline", b.Headline), b.Headline)
	for _, sec := range []struct {
		prefix, name, title string
		points              []brief.Point
	}{
		{"K", "keyInsights", "Key insights", b.KeyInsights},
		{"W", "whyItMatters", "Why this matters", b.WhyItMatters},
		{"S", "summary", "Summary", b.Summary},
		{"R", "risks", "Risks", b.Risks},
		{"O", "opportunities", "Opportunities", b.Opportunities},
		{"U", "unknowns", "What we don't know yet", b.Unknowns},
		{"N", "whatsNext", "What's next", b.WhatsNext},
		{"F", "figures", "Key figures", b.Figures},
	} {
		fmt.Fprintf(md, "### %s\n", sec.title)
		if len(sec.points) == 0 {
			md.WriteString("(empty)\n")
		}
		for i, p := range sec.points {
			id := add(fmt.Sprintf("%s%d", sec.prefix, i+1), sec.name, p.Text, p.Evidence...)
			fmt.Fprintf(md, "[%s] %s%s\n", id, p.Text, sources(p.Evidence))
		}
		md.WriteString("\n")
	}
	md.WriteString("### Quotes\n")
	if len(b.Quotes) == 0 {
		md.WriteString("(empty)\n")
	}
	for i, q := range b.Quotes {
		id := add(fmt.Sprintf("Q%d", i+1), "quotes", q.Text)
		fmt.Fprintf(md, "[%s] “%s” — speaker: %s%s\n", id, q.Text, orNone(q.Speaker), sources(q.Evidence))
	}
	md.WriteString("\n### Who's involved\n")
	if len(b.Entities) == 0 {
		md.WriteString("(empty)\n")
	}
	for i, e := range b.Entities {
		id := add(fmt.Sprintf("E%d", i+1), "entities", e.Name)
		fmt.Fprintf(md, "[%s] %s (%d mentions)\n", id, e.Name, e.Mentions)
	}
	md.WriteString("\n### What others are reporting\n")
	if len(b.Coverage) == 0 {
		md.WriteString("(empty)\n")
	}
	for i, c := range b.Coverage {
		text := c.Outlet // as the writers show it: only the parts the entry has
		if c.Framing != "" {
			text += " — " + c.Framing
		}
		if c.Quote != "" {
			text += " — “" + c.Quote + "”"
		}
		id := add(fmt.Sprintf("C%d", i+1), "coverage", text)
		fmt.Fprintf(md, "[%s] %s\n", id, text)
	}
	o := b.Original
	fmt.Fprintf(md, "\n### Originally reported by\n%s — %s — %s\n", orNone(o.Outlet), orNone(o.URL), orNone(o.Headline))
	return pts
}

// sources writes which sources a point's evidence cites.
func sources(ev []brief.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	var s []string
	for _, e := range ev {
		s = append(s, fmt.Sprintf("S%d", e.Source))
	}
	return "  (evidence: " + strings.Join(s, ", ") + ")"
}

// sha is the hash verdicts and annotations key a text by, the one label
// files use (labeldata.SentHash), so that trainsections reads them back.
func sha(s string) string { return labeldata.SentHash(s) }

// loadItem makes the documents of one sample item as newsbrief batch
// would: text through extract.FromText, pages through extract.FromReader.
func loadItem(dir string, it item) ([]brief.Document, error) {
	switch it.Set {
	case "traf":
		return loadTraf(dir, it.ID)
	case "multiling":
		var story struct {
			Sources []struct{ Title, Text string }
		}
		if err := findLine(dir, "summ/multiling2011_en.jsonl", it.ID, &story); err != nil {
			return nil, err
		}
		var docs []brief.Document
		for _, s := range story.Sources {
			a, err := extract.FromText(strings.NewReader(s.Text))
			if err != nil {
				return nil, err
			}
			docs = append(docs, newsbrief.Document(a, newsbrief.Meta{Title: s.Title}))
		}
		return docs, nil
	case "aeb":
		var truth map[string]struct{ URL string }
		data, err := os.ReadFile(filepath.Join(dir, "data", "aeb", "ground-truth.json"))
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(data, &truth); err != nil {
			return nil, err
		}
		f, err := os.Open(filepath.Join(dir, "data", "aeb", "html", it.ID+".html"))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		a, err := extract.FromReader(f, extract.WithURL(truth[it.ID].URL))
		if err != nil {
			return nil, err
		}
		return []brief.Document{newsbrief.Document(a, newsbrief.Meta{})}, nil
	case "allsides":
		var story struct {
			Articles []struct {
				URL, Outlet, Title, Text string
				Date                     string `json:"published_from_url"`
			}
		}
		if err := findLine(dir, "multi/allsides_neus.jsonl", it.ID, &story); err != nil {
			return nil, err
		}
		var docs []brief.Document
		for _, s := range story.Articles {
			a, err := extract.FromText(strings.NewReader(s.Text), extract.WithURL(s.URL))
			if err != nil {
				return nil, err
			}
			published, _ := time.Parse(time.DateOnly, s.Date)
			docs = append(docs, newsbrief.Document(a, newsbrief.Meta{Title: s.Title, Outlet: s.Outlet, Published: published}))
		}
		return docs, nil
	}
	file := map[string]string{"bbc": "summ/bbc_news_summary.jsonl", "xsum": "summ/xsum_frank.jsonl",
		"cnndm": "summ/cnndm_frank.jsonl", "kr": "summ/sci_news_sum_kr50.jsonl"}[it.Set]
	var art struct{ Title, Text string }
	if err := findLine(dir, file, it.ID, &art); err != nil {
		return nil, err
	}
	a, err := extract.FromText(strings.NewReader(art.Text))
	if err != nil {
		return nil, err
	}
	return []brief.Document{newsbrief.Document(a, newsbrief.Meta{Title: art.Title})}, nil
}

// findLine decodes the line of a JSONL set whose id is id into v.
func findLine(dir, file, id string, v any) error {
	found := false
	err := eachLine(filepath.Join(dir, "data", file), func(_ int, raw []byte) error {
		var head struct{ ID string }
		if found || json.Unmarshal(raw, &head) != nil || head.ID != id {
			return nil
		}
		found = true
		return json.Unmarshal(raw, v)
	})
	if err == nil && !found {
		err = fmt.Errorf("no line with id %q in %s", id, file)
	}
	return err
}
