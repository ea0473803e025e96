package brief

// WriteOption configures Write and the writers: WriteText, WriteMarkdown,
// WriteHTML and WriteJSON. A writer ignores the options that do not apply
// to its format; WriteJSONLD takes none. With no options every writer
// writes everything, as the format's contract describes. Options hold no
// state: they are safe for concurrent use.
type WriteOption func(*writeConfig)

// HTMLOption is the name WriteHTML's options had before every writer took
// options; it is the same type as WriteOption.
type HTMLOption = WriteOption

type writeConfig struct {
	noEvidence bool
	element    bool // a <news-brief> element with a declarative shadow root
	page       bool // a complete HTML document around the element
	theme      string
}

func newWriteConfig(opts []WriteOption) writeConfig {
	var c writeConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// WithEvidence says whether the writers show evidence: the "↳ [1] …" lines
// of Text and Markdown, the citation marks of HTML and the "evidence"
// members of JSON. It is on by default; WithEvidence(false) writes the
// points alone, and what is written then reads back without evidence.
// It applies to Write, WriteText, WriteMarkdown, WriteHTML and WriteJSON.
func WithEvidence(on bool) WriteOption {
	return func(c *writeConfig) { c.noEvidence = !on }
}

// AsElement makes WriteHTML write a <news-brief> element with a
// declarative shadow root (server-side rendering) in the given theme:
// "light", "dark" or "auto" ("auto" when empty). It applies to WriteHTML
// and to Write with HTML.
func AsElement(theme string) WriteOption {
	return func(c *writeConfig) {
		c.element = true
		c.theme = themeName(theme)
	}
}

// Standalone makes WriteHTML write a complete, self-contained HTML page:
// a document with its character set, viewport and title (the headline)
// whose body holds the brief as AsElement writes it, styled by Stylesheet
// and shown with no script and nothing fetched. theme is as for AsElement.
// It applies to WriteHTML and to Write with HTML; Parse reads the page back.
func Standalone(theme string) WriteOption {
	return func(c *writeConfig) {
		c.element, c.page = true, true
		c.theme = themeName(theme)
	}
}

func themeName(theme string) string {
	switch theme {
	case "light", "dark":
		return theme
	}
	return "auto"
}
