package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsbrief/newsbrief/brief"
	"github.com/newsbrief/newsbrief/pipeline/crawl"
	"github.com/newsbrief/newsbrief/pipeline/internal/nb"
)

// groupingArticles are short reports of four stories by several outlets,
// two stories that share their subject with another (a second tram vote
// a month later, another flood) and two articles alone.
var groupingArticles = []struct {
	story, title, text string
	day                int // days after the first of March 2026; 0: undated
}{
	{"tram", "Lakeside council approves airport tram extension", "The Lakeside city council approved a tram extension that will link the central station with the airport by 2029. The line will cost 480 million euros, the council said.", 2},
	{"tram", "Airport tram line wins council vote in Lakeside", "Lakeside councillors voted 31 to 12 for the airport tram extension, which will cost 480 million euros and link the central station with the airport.", 2},
	{"tram", "Tram to the airport: what the Lakeside vote means", "After Tuesday's council vote, Lakeside will build a tram line from the central station to the airport. Opponents said the 480 million euro cost was too high.", 3},
	{"tram2", "Lakeside council votes on tram depot site", "A month after approving the airport tram, the Lakeside council chose an old rail yard in the north of the city as the site of the tram depot.", 33},
	{"flood", "River Lake flood barrier closes for the first time", "The River Lake flood barrier closed for the first time on Wednesday as water levels rose after three days of heavy rain. Engineers said it held back a surge of 2.4 metres.", 4},
	{"flood", "Flood barrier holds back River Lake surge", "Engineers closed the River Lake barrier on Wednesday after three days of rain; the 2.4 metre surge did not reach the old town, officials said.", 4},
	{"flood", "Barrier spares old town from River Lake flood", "The new flood barrier on the River Lake kept water out of the old town on Wednesday, its first closure since it opened last year after days of heavy rain.", 5},
	{"fire", "Warehouse fire in Eastport harbour burns through the night", "A fire at a timber warehouse in Eastport harbour burned through the night. Firefighters said no one was hurt and the cause was not yet known.", 10},
	{"fire", "Eastport timber warehouse destroyed by fire", "Firefighters fought a blaze at a timber warehouse in Eastport harbour for eleven hours. Nobody was injured; investigators are looking for the cause.", 10},
	{"budget", "Northshire adopts budget with school spending rise", "Northshire's assembly adopted next year's budget on Friday, raising school spending by 6 percent and freezing property taxes.", 12},
	{"budget", "Northshire budget: more for schools, no tax rise", "The Northshire assembly passed a budget that gives schools 6 percent more and keeps property taxes where they are, after a week of debate.", 12},
	{"budget", "Assembly passes Northshire budget after week of debate", "After a week of debate, the Northshire assembly voted for a budget with a 6 percent rise in school spending and a property tax freeze.", 13},
	{"chess", "Local teenager wins national chess title", "A 15-year-old from Westford won the national chess championship on Sunday, beating the defending champion in the final round.", 14},
	{"museum", "Science museum reopens after renovation", "The city science museum reopened on Saturday after a two-year renovation with a new planetarium and a hall for children.", 0},
}

// TestPipelineGroupsLikeCluster runs the pipeline on Prism over a small
// set of articles and checks that its stories are the in-memory
// clustering's (nb.Cluster) on the same documents, and that those are
// the stories the articles were written for.
func TestPipelineGroupsLikeCluster(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	for i, a := range groupingArticles {
		l := map[string]any{"id": a.story, "url": "https://news.example/" + a.story + "/" + string(rune('a'+i)), "title": a.title, "text": a.title + "\n\n" + a.text}
		if a.day > 0 {
			l["published"] = time.Date(2026, 3, 1+a.day, 9, 0, 0, 0, time.UTC)
		}
		data, err := json.Marshal(l)
		require.NoError(t, err)
		buf.Write(append(data, '\n'))
	}
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, buf.Bytes(), 0o644))

	// The in-memory clustering over the documents the pipeline makes.
	var docs []brief.Document
	_, err := crawl.ReadJSONL(bytes.NewReader(buf.Bytes()), in, func(rec crawl.Record) error {
		d, err := extractDoc(rec)
		require.NoError(t, err)
		docs = append(docs, d)
		return nil
	})
	require.NoError(t, err)
	var want []string
	for _, c := range nb.Cluster(docs) {
		var urls []string
		for _, i := range c {
			urls = append(urls, docs[i].URL)
		}
		want = append(want, strings.Join(urls, " "))
	}
	sort.Strings(want)

	out := filepath.Join(dir, "out")
	c := run(t, Config{Input: in, Output: out})
	require.NoError(t, c.AddUp())
	require.Equal(t, len(groupingArticles), c.Briefed)
	var got []string
	for _, b := range readLines(t, out, "briefs") {
		var urls []string
		for _, u := range b["articles"].([]any) {
			urls = append(urls, u.(string))
		}
		sort.Strings(urls)
		got = append(got, strings.Join(urls, " "))
	}
	sort.Strings(got)
	assert.Equal(t, want, got, "the pipeline's stories are the in-memory clustering's")
	// And both put the articles back into their stories.
	var stories []string
	byStory := map[string][]string{}
	for i, a := range groupingArticles {
		u := "https://news.example/" + a.story + "/" + string(rune('a'+i))
		if byStory[a.story] == nil {
			stories = append(stories, a.story)
		}
		byStory[a.story] = append(byStory[a.story], u)
	}
	var gold []string
	for _, s := range stories {
		gold = append(gold, strings.Join(byStory[s], " "))
	}
	sort.Strings(gold)
	assert.Equal(t, gold, got, "one story per event: a vote on the same tram a month later is another story")
}
