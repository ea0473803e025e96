package brief

func readHTML(s string) (*Brief, error) { return nil, nil }
func readMarkdown(s string) *Brief     { return nil }
