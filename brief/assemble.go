package brief

import "strings"

// assembler fills a Brief section by section. The readers of every format
// share it, so a heading means the same thing in Text, Markdown and HTML.
type assembler struct {
	b         Brief
	sec       section
	extra     int  // index into b.Extra when sec == secExtra
	started   bool // a section heading has been seen
	headline  bool // the headline has been set
	last      *Point
	cov       *Coverage
	covField  int // next coverage field to fill: 0 outlet, 1 framing, 2 quote
	src       *Source
	group     string // title of the last group heading
	origBy    string // value of "Originally reported by X"
	lastQuote *Quote
}

// heading opens the section a heading names. Literal headings (escaped by
// a writer) and unknown ones open an extra section, except that the first
// one before any section is the headline.
func (bd *assembler) heading(text string, literal bool) {
	h := heading{kind: secExtra}
	if !literal {
		h = classifyHeading(text)
	}
	if h.kind == secExtra && !bd.started && !bd.headline {
		bd.setHeadline(text)
		return
	}
	bd.open(h, text)
}

func (bd *assembler) setHeadline(text string) {
	bd.b.Headline = text
	bd.headline = true
}

func (bd *assembler) open(h heading, title string) {
	bd.started = true
	bd.sec = h.kind
	bd.last, bd.cov, bd.src, bd.lastQuote = nil, nil, nil, nil
	switch h.kind {
	case secGroup:
		bd.group = title
	case secExtra:
		bd.b.Extra = append(bd.b.Extra, Section{Title: strings.TrimRight(strings.TrimSpace(title), ":")})
		bd.extra = len(bd.b.Extra) - 1
	case secOriginal:
		bd.originalBy(h.value)
	case secOriginalHeadline:
		// "Original headline: X" carries its value; a bare "Original
		// headline" heading takes the text that follows.
		if h.value != "" {
			bd.b.Original.Headline = h.value
			bd.sec = secOriginal
		}
	}
}

// originalBy reads the value of "Originally reported by X": a domain when X
// looks like one, an outlet name otherwise.
func (bd *assembler) originalBy(v string) {
	bd.origBy = v
	if v == "" {
		return
	}
	if looksLikeDomain(v) {
		bd.b.Original.Domain = v
		return
	}
	bd.b.Original.Outlet = v
}

// point adds a point to the current section; before any section, points
// belong to the summary.
func (bd *assembler) point(text string) {
	switch bd.sec {
	case secOriginalHeadline:
		bd.b.Original.Headline = text
		bd.sec = secOriginal
		return
	case secQuotes:
		bd.b.Quotes = append(bd.b.Quotes, parseQuote(text))
		bd.last = nil
		bd.lastQuote = &bd.b.Quotes[len(bd.b.Quotes)-1]
		return
	case secEntities:
		bd.b.Entities = append(bd.b.Entities, parseEntity(text))
		bd.last = nil
		return
	}
	p := bd.points()
	*p = append(*p, Point{Text: text})
	bd.last = &(*p)[len(*p)-1]
}

func (bd *assembler) points() *[]Point {
	switch bd.sec {
	case secNone, secHeadline, secSummary:
		return &bd.b.Summary
	case secExtra:
		return &bd.b.Extra[bd.extra].Points
	}
	if s := spec(bd.sec); s != nil && s.points != nil {
		return s.points(&bd.b)
	}
	// Loose text in a section that has no points keeps its own section.
	bd.open(heading{kind: secExtra}, bd.looseTitle())
	return &bd.b.Extra[bd.extra].Points
}

func (bd *assembler) looseTitle() string {
	if bd.sec == secGroup {
		return bd.group
	}
	return "Notes"
}

// evidence attaches the evidence of an evidence line to the last point or
// quote added, or to the headline when it comes before any section. A piece written without its quote quotes the text it is
// attached to.
func (bd *assembler) evidence(refs []evidenceRef) {
	var text string
	var dst *[]Evidence
	switch {
	case bd.last != nil:
		text, dst = bd.last.Text, &bd.last.Evidence
	case bd.sec == secQuotes && bd.lastQuote != nil:
		text, dst = bd.lastQuote.Text, &bd.lastQuote.Evidence
	case bd.headline && !bd.started && bd.b.Headline != "":
		// An evidence line right after the headline, before any section.
		text, dst = bd.b.Headline, &bd.b.HeadlineEvidence
	default:
		return
	}
	for _, r := range refs {
		if r.sameText {
			r.Quote = cleanText(text)
		}
		*dst = append(*dst, r.Evidence)
	}
}

// byline reports a by-line that would otherwise open the summary: it is
// not part of the brief and is dropped.
func (bd *assembler) byline(text string) bool {
	switch bd.sec {
	case secNone, secHeadline, secSummary:
		return isByline(text)
	}
	return false
}

// newCoverage starts a coverage entry.
func (bd *assembler) newCoverage() *Coverage {
	bd.b.Coverage = append(bd.b.Coverage, Coverage{})
	bd.cov = &bd.b.Coverage[len(bd.b.Coverage)-1]
	bd.covField = 0
	return bd.cov
}

// coverageLine fills the next field of the current coverage entry: outlet,
// framing, then quote; further lines extend the quote.
func (bd *assembler) coverageLine(text string) {
	if bd.cov == nil {
		bd.newCoverage()
	}
	switch bd.covField {
	case 0:
		bd.cov.Outlet, bd.cov.URL = splitReadLine(text)
	case 1:
		bd.cov.Framing = text
	case 2:
		bd.cov.Quote = text
	default:
		bd.cov.Quote = joinText(bd.cov.Quote, text)
	}
	bd.covField++
}

// splitReadLine splits "Outlet Read → https://…" into outlet and URL.
func splitReadLine(line string) (outlet, url string) {
	i := strings.LastIndex(line, readArrow)
	if i < 0 {
		return strings.TrimSpace(line), ""
	}
	return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(readArrow):])
}

// newSource starts a source entry.
func (bd *assembler) newSource(outlet string) {
	bd.b.Sources = append(bd.b.Sources, Source{Outlet: outlet})
	bd.src = &bd.b.Sources[len(bd.b.Sources)-1]
}

// field sets a "Key: value" field of the original or the current source and
// reports whether key is one it knows.
func (bd *assembler) field(key, value string) bool {
	key = strings.ToLower(strings.TrimSpace(key))
	if bd.sec == secOriginal {
		o := &bd.b.Original
		switch key {
		case "outlet":
			o.Outlet = value
		case "domain":
			// A Domain line says the by-line named the outlet.
			if bd.origBy != "" {
				o.Outlet = bd.origBy
			}
			o.Domain = value
		case "url", "link":
			o.URL = value
		case "headline", "original headline":
			o.Headline = value
		default:
			return false
		}
		return true
	}
	if bd.sec != secSources || bd.src == nil {
		return false
	}
	s := bd.src
	switch key {
	case "outlet":
		s.Outlet = value
	case "domain":
		s.Domain = value
	case "url", "link":
		s.URL = value
	case "headline":
		s.Headline = value
	case "published":
		t, err := ParseDate(value)
		if err != nil {
			return false
		}
		s.Published = t
	case "language":
		s.Language = value
	default:
		return false
	}
	return true
}

// splitField splits "Key: value" when Key is a short word or two.
func splitField(text string) (key, value string, ok bool) {
	i := strings.IndexByte(text, ':')
	if i <= 0 || i > 20 || strings.Count(text[:i], " ") > 1 {
		return "", "", false
	}
	return text[:i], strings.TrimSpace(text[i+1:]), true
}

// brief returns the brief built so far, in canonical form.
func (bd *assembler) brief() *Brief {
	b := bd.b
	b.Normalize()
	return &b
}

func joinText(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + " " + b
}

// ordered places an item of a numbered list: in Sources it starts a source,
// elsewhere it is a point.
func (bd *assembler) ordered(text string) {
	if bd.sec == secSources {
		bd.sourceStart(text)
		return
	}
	bd.item(text, nil)
}

// sourceStart starts a source from the text after its number: the outlet,
// a "Key: value" field when the writer had no outlet to put there, or
// noDetails for a source with no field set.
func (bd *assembler) sourceStart(text string) {
	bd.newSource("")
	if k, v, ok := splitField(text); text == noDetails || ok && bd.field(k, v) {
		return
	}
	bd.src.Outlet = text
}
