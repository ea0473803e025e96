package brief

import "strings"

// Recognisers of the Markdown line forms readMarkdown understands, written
// by hand rather than with regexp, which would add hundreds of kilobytes
// (its code and every Unicode table) to the browser build.

// indentAtMost3 returns line without up to three leading spaces.
func indentAtMost3(line string) string {
	for i := 0; i < 3 && strings.HasPrefix(line, " "); i++ {
		line = line[1:]
	}
	return line
}

// mdFence returns the fence, ``` or ~~~, that opens a fenced code block on
// line, or "".
func mdFence(line string) string {
	rest := indentAtMost3(line)
	for _, f := range [...]string{"```", "~~~"} {
		if strings.HasPrefix(rest, f) {
			return f
		}
	}
	return ""
}

// mdHeading reads an ATX heading: up to three spaces, one to six #, then
// the end of the line or spaces and the heading's text, whose closing
// sequence of # is removed.
func mdHeading(line string) (level int, text string, ok bool) {
	rest := indentAtMost3(line)
	for level < len(rest) && rest[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return 0, "", false
	}
	rest = rest[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	return level, mdTrimClosing(strings.TrimLeft(rest, " \t")), true
}

// mdTrimClosing removes a heading's closing # sequence with the space or
// tab before it.
func mdTrimClosing(text string) string {
	body := strings.TrimRight(text, " \t")
	hashes := strings.TrimRight(body, "#")
	switch {
	case len(hashes) == len(body):
		return text
	case hashes == "":
		return ""
	case strings.HasSuffix(hashes, " ") || strings.HasSuffix(hashes, "\t"):
		return hashes[:len(hashes)-1]
	}
	return text
}

// mdBreak reports whether line is a thematic break: three or more of the
// same -, * or _, with spaces or tabs between them.
func mdBreak(line string) bool {
	rest := indentAtMost3(line)
	if rest == "" || !strings.ContainsRune("-*_", rune(rest[0])) {
		return false
	}
	c, n := rest[0], 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// mdItem reads a list item: its indentation, its marker (-, *, + or one to
// nine digits and . or )) and its text.
func mdItem(line string) (indent, marker, text string, ok bool) {
	rest := strings.TrimLeft(line, " \t")
	indent = line[:len(line)-len(rest)]
	n := 0
	switch {
	case rest != "" && strings.ContainsRune("-*+", rune(rest[0])):
		n = 1
	default:
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n == 0 || n > 9 || n == len(rest) || (rest[n] != '.' && rest[n] != ')') {
			return "", "", "", false
		}
		n++
	}
	marker, rest = rest[:n], rest[n:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", "", "", false
	}
	return indent, marker, strings.TrimLeft(rest, " \t"), true
}

// mdQuote reads a block quote line: its text after > and one optional
// space.
func mdQuote(line string) (string, bool) {
	rest := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(rest, ">") {
		return "", false
	}
	return strings.TrimPrefix(rest[1:], " "), true
}

// mdSetext returns the level of a setext underline: 1 for a line of =, 2
// for a line of -, 0 for anything else.
func mdSetext(line string) int {
	rest := strings.TrimRight(indentAtMost3(line), " \t")
	switch {
	case rest == "":
		return 0
	case strings.Trim(rest, "=") == "":
		return 1
	case strings.Trim(rest, "-") == "":
		return 2
	}
	return 0
}
