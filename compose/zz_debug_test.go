package compose

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/newsbrief/newsbrief/brief"
)

func TestZZDebugRedundant(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	var idx []struct {
		Packet string
		Points []struct{ ID, Section, Text string }
	}
	b, _ := os.ReadFile("/work/judge/dev/index.json")
	json.Unmarshal(b, &idx)
	texts := map[string]string{}
	for _, p := range idx {
		for _, pt := range p.Points {
			texts[p.Packet+" "+pt.ID] = pt.Text
		}
	}
	ref := regexp.MustCompile(`\b([KSWRONF]\d)\b`)
	for _, f := range []string{"X", "Y"} {
		vb, _ := os.ReadFile("/work/judge/dev/verdicts-" + f + ".jsonl")
		for _, line := range strings.Split(strings.TrimSpace(string(vb)), "\n") {
			var v map[string]any
			json.Unmarshal([]byte(line), &v)
			if v["redundant"] != true {
				continue
			}
			pk, pt := v["packet"].(string), v["point"].(string)
			note, _ := v["note"].(string)
			m := ref.FindStringSubmatch(note)
			if m == nil {
				continue
			}
			docs := packetDocs(pk)
			c, err := scored(context.Background(), docs, newConfig(nil))
			if err != nil {
				continue
			}
			a, bb := find(c, texts[pk+" "+pt]), find(c, texts[pk+" "+m[1]])
			if a < 0 || bb < 0 {
				fmt.Println(pk, pt, m[1], "not found")
				continue
			}
			sa, sb := &c.sents[a], &c.sents[bb]
			shared := 0
			intersect(sa.anchors, sb.anchors, func(int, int) { shared++ })
			terms := 0
			intersect(sa.ids, sb.ids, func(int, int) { terms++ })
			fmt.Printf("%s %s~%s cos=%.2f anchors=%d overlap=%.2f (%d/%d) samedoc=%v\n", pk, pt, m[1], similarity(sa, sb), shared, float64(terms)/float64(min(len(sa.ids), len(sb.ids))), terms, min(len(sa.ids), len(sb.ids)), sa.doc == sb.doc)
		}
	}
}

func find(c *corpus, text string) int {
	for i := range c.sents {
		if c.sents[i].text != "" && strings.Contains(text, c.sents[i].text) {
			return i
		}
	}
	return -1
}

func packetDocs(pk string) []brief.Document {
	b, _ := os.ReadFile("/work/judge/dev/" + pk + ".md")
	s := string(b)
	s = s[strings.Index(s, "## Sources"):strings.Index(s, "## Brief")]
	var docs []brief.Document
	for _, part := range strings.Split(s, "\n### [S")[1:] {
		lines := strings.SplitN(part, "\n", 3)
		title := lines[0]
		if i := strings.Index(title, " — "); i >= 0 {
			title = title[i+len(" — "):]
		}
		docs = append(docs, brief.Document{Title: title, Text: strings.TrimSpace(lines[2])})
	}
	return docs
}

func TestZZDebugPairs(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	var idx []struct {
		Packet string
		Points []struct{ ID, Section, Text string }
	}
	b, _ := os.ReadFile("/work/judge/dev/index.json")
	json.Unmarshal(b, &idx)
	red := map[string]bool{}
	ref := regexp.MustCompile(`\b([KSWRONF]\d)\b`)
	for _, f := range []string{"X", "Y"} {
		vb, _ := os.ReadFile("/work/judge/dev/verdicts-" + f + ".jsonl")
		for _, line := range strings.Split(strings.TrimSpace(string(vb)), "\n") {
			var v map[string]any
			json.Unmarshal([]byte(line), &v)
			note, _ := v["note"].(string)
			if v["redundant"] == true {
				for _, m := range ref.FindAllStringSubmatch(note, -1) {
					red[v["packet"].(string)+" "+v["point"].(string)+" "+m[1]] = true
					red[v["packet"].(string)+" "+m[1]+" "+v["point"].(string)] = true
				}
			}
		}
	}
	for _, p := range idx {
		docs := packetDocs(p.Packet)
		c, err := scored(context.Background(), docs, newConfig(nil))
		if err != nil {
			continue
		}
		var ids []string
		var ss []int
		for _, pt := range p.Points {
			if strings.ContainsAny(pt.ID[:1], "KWSRONU") && pt.ID != "H" {
				if i := find(c, pt.Text); i >= 0 {
					ids = append(ids, pt.ID)
					ss = append(ss, i)
				}
			}
		}
		for x := range ss {
			for y := x + 1; y < len(ss); y++ {
				sa, sb := &c.sents[ss[x]], &c.sents[ss[y]]
				shared := 0
				intersect(sa.anchors, sb.anchors, func(int, int) { shared++ })
				terms := 0
				intersect(sa.ids, sb.ids, func(int, int) { terms++ })
				ov := float64(terms) / float64(max(1, min(len(sa.ids), len(sb.ids))))
				cos := similarity(sa, sb)
				if cos >= 0.2 && ov >= 0.35 {
					fmt.Printf("%v %s %s~%s cos=%.2f anchors=%d overlap=%.2f\n", red[p.Packet+" "+ids[x]+" "+ids[y]], p.Packet, ids[x], ids[y], cos, shared, ov)
				}
			}
		}
	}
}
