package brief

import (
	"math/rand/v2"
	"strings"
	"time"
)

// genBrief builds a random brief from seed, drawing text from pieces that
// are hard for the readers: headings, markers, escapes, markup, arrows,
// quotes, URLs and odd Unicode.
func genBrief(seed uint64) *Brief {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := gen{r: r}
	b := &Brief{Headline: g.text()}
	for _, s := range b.pointSections() {
		*s = g.points()
	}
	for range r.IntN(3) {
		q := Quote{Text: g.text(), Speaker: g.text()}
		if r.IntN(2) == 0 {
			q.Evidence = []Evidence{{Source: r.IntN(3), Start: 1, End: 9, Quote: g.pick([]string{g.text(), q.Text})}}
		}
		b.Quotes = append(b.Quotes, q)
	}
	for range r.IntN(3) {
		b.Entities = append(b.Entities, Entity{Name: g.text(), Mentions: r.IntN(4)})
	}
	for range r.IntN(3) {
		b.Coverage = append(b.Coverage, Coverage{Outlet: g.text(), URL: g.url(), Framing: g.text(), Quote: g.text()})
	}
	if r.IntN(3) > 0 {
		b.Original = Original{Outlet: g.text(), Domain: g.pick(domains), URL: g.url(), Headline: g.text()}
	}
	for range r.IntN(3) {
		s := Source{Outlet: g.text(), Domain: g.pick(domains), URL: g.url(), Headline: g.text(), Language: g.pick([]string{"", "en", "ko", "pt-BR"})}
		if r.IntN(2) == 0 {
			t := time.Date(2026, 1+time.Month(r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, 0, r.IntN(1e9), time.UTC)
			s.Published = UnixDate(t.Unix(), t.Nanosecond(), 3600*(r.IntN(25)-12))
		}
		b.Sources = append(b.Sources, s)
	}
	for range r.IntN(3) {
		b.Extra = append(b.Extra, Section{Title: g.text(), Points: g.points()})
	}
	for k := range r.IntN(3) {
		// Drawn last, so the fields above stay what each seed gave before.
		b.HeadlineEvidence = append(b.HeadlineEvidence, Evidence{Source: k, Start: 3, End: 40, Quote: g.pick([]string{g.text(), b.Headline})})
	}
	return b
}

type gen struct{ r *rand.Rand }

var pieces = []string{
	"Key insights", "Summary", "Risks", "why it matters:", "What's next", "what to watch:", "; [2] 3-4", "Originally reported by", "Original headline:",
	"Read →", "Read the original article", "→", "-", "- ", "* ", "+", "1.", "2)", "#", "##", ">", "↳", "↳ [1] 1-2 \"x\"",
	"\\", "**", "__", "_", "*", "`", "[", "]", "(", ")", "](", "<", ">", "&", "&amp;", "&#65;", "<b>", "</p>", "\"", "“", "”",
	"Domain:", "URL:", "Link:", "Headline:", "Sources", ":", ".", "!", "?", "|", "~~", "===", "---",
	"NAVER", "SK Hynix", "55 MW", "the deal", "could delay", "example.com", "https://x.example/a(b)", "한국어", "日本",
	" ", "  ", "\t", "\n", "\r", "\x00", "\x01", "\u00a0", "\u2028", "\ufeff", "\xff", "é", "🙂", "",
}

var domains = []string{"", "example.com", "nvidianews.nvidia.com", "Not A Domain", "x"}

func (g gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g gen) text() string {
	var b strings.Builder
	for range g.r.IntN(6) {
		b.WriteString(g.pick(pieces))
		if g.r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func (g gen) url() string {
	return g.pick([]string{"", "https://example.com/a?b=c&d=e", "http://news.example/x y", "javascript:alert(1)",
		"https://x.example/a(b)", "https://예시.kr/기사", "ftp://x", "https://", "HTTPS://Example.com/Path#frag"})
}

func (g gen) points() []Point {
	var ps []Point
	for range g.r.IntN(4) {
		p := Point{Text: g.text()}
		for range g.r.IntN(3) {
			e := Evidence{Source: g.r.IntN(4) - 1, Start: g.r.IntN(100), End: g.r.IntN(200), Quote: g.text()}
			if g.r.IntN(3) == 0 {
				e.Quote = p.Text // written in the compact form, without its quote
			}
			p.Evidence = append(p.Evidence, e)
		}
		ps = append(ps, p)
	}
	return ps
}
