package compose

// koreanNames returns the names a Korean sentence writes (stub).
func koreanNames(s string) []string { return nil }
