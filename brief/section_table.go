package brief

// section names a place in a brief that content can go.
type section int

const (
	secNone section = iota
	secHeadline
	secKeyInsights
	secWhy
	secSummary
	secGroup // "Potential risks and opportunities"
	secRisks
	secOpportunities
	secUnknowns
	secWhatsNext
	secCoverage
	secOriginal
	secOriginalHeadline
	secSources
	secFigures
	secQuotes
	secEntities
	secExtra
)

// sectionSpec is one row of sectionTable: everything the formats need to
// know about a section of a brief.
type sectionSpec struct {
	kind section
	// key is the section's JSON member name, its data-nb hook in HTML and
	// its key in the widget's sections= attribute.
	key string
	// heading is the heading the writers print.
	heading string
	// synonyms are the other headings readers take for it, in lower case.
	synonyms []string
	// paragraphs says the points are written as paragraphs, not list items.
	paragraphs bool
	// grouped says the section is written under groupHeading.
	grouped bool
	// points returns the section's points; nil for sections that are not
	// lists of points, which each writer renders in its own way.
	points func(*Brief) *[]Point
}

// sectionTable lists the standard sections in reading order, the order
// every writer follows. JSON follows it too, except that "extra" comes
// last there, as in the Brief struct. Adding a section made of points is
// one row here plus a field in Brief; the readers, writers, Normalize, the
// JSON and JSON-LD names and the widget's section keys follow from it.
var sectionTable = [...]sectionSpec{
	{kind: secKeyInsights, key: "keyInsights", heading: "Key insights",
		synonyms: []string{"key takeaways", "highlights", "key points", "key facts", "takeaways"},
		points:   func(b *Brief) *[]Point { return &b.KeyInsights }},
	{kind: secWhy, key: "whyItMatters", heading: "Why this matters", paragraphs: true,
		synonyms: []string{"why it matters", "why that matters"},
		points:   func(b *Brief) *[]Point { return &b.WhyItMatters }},
	{kind: secSummary, key: "summary", heading: "Summary", paragraphs: true,
		synonyms: []string{"the summary", "in brief", "overview"},
		points:   func(b *Brief) *[]Point { return &b.Summary }},
	{kind: secRisks, key: "risks", heading: "Risks", grouped: true,
		synonyms: []string{"potential risks", "risk"},
		points:   func(b *Brief) *[]Point { return &b.Risks }},
	{kind: secOpportunities, key: "opportunities", heading: "Opportunities", grouped: true,
		synonyms: []string{"potential opportunities", "opportunity"},
		points:   func(b *Brief) *[]Point { return &b.Opportunities }},
	{kind: secUnknowns, key: "unknowns", heading: "What we don't know yet",
		synonyms: []string{"what we don’t know yet", "what we don't know", "what we don’t know", "open questions", "unknowns"},
		points:   func(b *Brief) *[]Point { return &b.Unknowns }},
	{kind: secWhatsNext, key: "whatsNext", heading: "What's next",
		synonyms: []string{"what’s next", "whats next", "what to watch", "what to watch for", "next steps",
			"what happens next", "looking ahead", "coming up", "the road ahead"},
		points: func(b *Brief) *[]Point { return &b.WhatsNext }},
	{kind: secFigures, key: "figures", heading: "Key figures",
		synonyms: []string{"figures", "by the numbers", "the numbers"},
		points:   func(b *Brief) *[]Point { return &b.Figures }},
	{kind: secQuotes, key: "quotes", heading: "Quotes",
		synonyms: []string{"key quotes", "what they said", "quotations"}},
	{kind: secEntities, key: "entities", heading: "Who's involved",
		synonyms: []string{"who’s involved", "entities", "key players", "names in the story"}},
	{kind: secExtra, key: "extra"},
	{kind: secCoverage, key: "coverage", heading: "What others are reporting",
		synonyms: []string{"other coverage", "perspectives", "what others are saying", "coverage"}},
	{kind: secOriginal, key: "original", heading: "Originally reported by",
		synonyms: []string{"original report", "original source"}},
	{kind: secSources, key: "sources", heading: "Sources"},
}

// groupSpec is the heading over the grouped sections, and
// originalHeadlineSpec the heading that gives the original's headline;
// neither is a section of the model.
var (
	groupSpec = sectionSpec{kind: secGroup, key: "group", heading: "Potential risks and opportunities",
		synonyms: []string{"risks & opportunities", "risks and opportunities", "potential risks & opportunities"}}
	originalHeadlineSpec = sectionSpec{kind: secOriginalHeadline, heading: "Original headline"}
)

// Headings the writers print that are not in sectionTable's rows.
const (
	headGroup     = "Potential risks and opportunities"
	headOrigTitle = "Original headline"
	readOriginal  = "Read the original article"
	readArrow     = "Read →"
)

// spec returns the row of sectionTable for kind, or nil.
func spec(kind section) *sectionSpec {
	for i := range sectionTable {
		if sectionTable[i].kind == kind {
			return &sectionTable[i]
		}
	}
	return nil
}

// specByKey returns the row of sectionTable whose key is key, or nil.
func specByKey(key string) *sectionSpec {
	for i := range sectionTable {
		if sectionTable[i].key == key {
			return &sectionTable[i]
		}
	}
	return nil
}

// headingOf returns the heading the writers print for kind.
func headingOf(kind section) string {
	if s := spec(kind); s != nil {
		return s.heading
	}
	return ""
}

// groupHas reports whether any grouped section of b has points.
func groupHas(b *Brief) bool {
	for i := range sectionTable {
		if s := &sectionTable[i]; s.grouped && len(*s.points(b)) > 0 {
			return true
		}
	}
	return false
}

// synonyms maps each recognised heading, in lower case, to its section.
var synonyms = func() map[string]section {
	m := map[string]section{}
	add := func(s *sectionSpec) {
		if s.heading != "" {
			m[headingKey(s.heading)] = s.kind
		}
		for _, syn := range s.synonyms {
			m[syn] = s.kind
		}
	}
	for i := range sectionTable {
		add(&sectionTable[i])
	}
	add(&groupSpec)
	add(&originalHeadlineSpec)
	return m
}()
