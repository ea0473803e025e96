package brief

// Version is the version of the JSON contract written by WriteJSON and
// accepted by Parse. It changes only when a field changes meaning.
const Version = 1

// Brief is a typed, source-grounded digest of a news story: every section a
// reader sees in a brief, in reading order.
//
// A Brief is plain data: safe for concurrent reads, not for a change
// concurrent with any other use.
type Brief struct {
	// Headline is the brief's own headline.
	Headline string `json:"headline"`
	// HeadlineEvidence says where Headline comes from when it is taken
	// from a source's text (a story with no title: its lead sentence's
	// main clause); empty when the headline is a title, which is not part
	// of any source's text, or when its origin is unknown. Each Quote is
	// the exact source span; Headline is that span with white space
	// collapsed, but for the case of its first letter (a headline that
	// drops an opening phrase starts with a capital) and a final " …"
	// when the span was cut inside its clause.
	HeadlineEvidence []Evidence `json:"headlineEvidence,omitempty"`
	// KeyInsights are the story's most important facts.
	KeyInsights []Point `json:"keyInsights"`
	// WhyItMatters explains the significance of the story, as paragraphs.
	WhyItMatters []Point `json:"whyItMatters"`
	// Summary tells the story in a few paragraphs.
	Summary []Point `json:"summary"`
	// Risks are possible negative outcomes named by the sources.
	Risks []Point `json:"risks"`
	// Opportunities are possible positive outcomes named by the sources.
	Opportunities []Point `json:"opportunities"`
	// Unknowns are the open questions: "What we don't know yet".
	Unknowns []Point `json:"unknowns"`
	// WhatsNext are the upcoming events the story names: a vote next week,
	// a trial date, a launch.
	WhatsNext []Point `json:"whatsNext"`
	// Figures are the numbers the sources give, each with its unit and
	// what it measures, such as "$62 million bond" or "output of 200 MW by
	// 2028".
	Figures []Point `json:"figures"`
	// Quotes are direct quotations from the sources, with their speakers.
	Quotes []Quote `json:"quotes"`
	// Entities are the organisations, people and places the sources name
	// repeatedly, most mentioned first.
	Entities []Entity `json:"entities"`
	// Coverage is "What others are reporting": one entry per other outlet.
	Coverage []Coverage `json:"coverage"`
	// Original names the outlet that reported the story first.
	Original Original `json:"original"`
	// Sources lists every source the brief draws on. Evidence refers to
	// sources by their index in this slice.
	Sources []Source `json:"sources"`
	// Extra holds sections the parser did not recognise. They are never
	// dropped, so a brief survives a round trip through newsbrief.
	Extra []Section `json:"extra"`
}

// Point is one item of a section: a sentence with the evidence it rests on.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Point struct {
	// Text is what the reader sees.
	Text string `json:"text"`
	// Evidence says where Text comes from; empty when unknown.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence locates the source text a point is taken from.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Evidence struct {
	// Source is the index of the source in Brief.Sources.
	Source int `json:"source"`
	// Start and End are byte offsets into that source's text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Quote is the exact source text between Start and End.
	Quote string `json:"quote"`
}

// Quote is a direct quotation, verbatim, with the person who said it.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Quote struct {
	// Text is the quotation without its quotation marks.
	Text string `json:"text"`
	// Speaker is who said it; empty when the source does not say.
	Speaker string `json:"speaker"`
	// Evidence locates the quotation in the sources.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Entity is an organisation, person or place a brief's sources name.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Entity struct {
	// Name is the entity's name as the sources write it.
	Name string `json:"name"`
	// Mentions counts how often the sources name it.
	Mentions int `json:"mentions"`
}

// Coverage is one entry of "What others are reporting".
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Coverage struct {
	// Outlet is the display name of the outlet, such as "Korea JoongAng Daily".
	Outlet string `json:"outlet"`
	// URL links to the outlet's article; empty when unknown.
	URL string `json:"url"`
	// Framing says what the outlet's coverage adds.
	Framing string `json:"framing"`
	// Quote is one quotation from the outlet's article.
	Quote string `json:"quote"`
}

// Original is "Originally reported by": the first report of the story.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Original struct {
	// Outlet is the display name of the outlet.
	Outlet string `json:"outlet"`
	// Domain is the outlet's domain, such as "nvidianews.nvidia.com".
	Domain string `json:"domain"`
	// URL links to the original article.
	URL string `json:"url"`
	// Headline is the original article's headline.
	Headline string `json:"headline"`
}

// IsZero reports whether o has no field set.
func (o Original) IsZero() bool { return o == Original{} }

// Source is one article the brief draws on.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Source struct {
	// Outlet is the display name of the outlet.
	Outlet string `json:"outlet"`
	// Domain is the outlet's domain.
	Domain string `json:"domain"`
	// URL links to the article.
	URL string `json:"url"`
	// Headline is the article's headline.
	Headline string `json:"headline"`
	// Published is when the article was published; zero when unknown, and
	// then omitted from JSON.
	Published Date `json:"published,omitzero"`
	// Language is a BCP 47 tag such as "en" or "ko"; empty when unknown.
	Language string `json:"language"`
}

// Section is a titled list of points that is not one of the standard
// sections.
//
// Safe for concurrent reads; not for a change concurrent with any other use.
type Section struct {
	// Title is the section's heading as the brief gave it.
	Title string `json:"title"`
	// Points are the section's items or paragraphs.
	Points []Point `json:"points"`
}
