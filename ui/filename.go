package ui

import "strings"

// safeFileName turns a programme's name into a file name: characters that
// file systems or e-mail attachments reject become hyphens. An empty name
// gives fallback.
func safeFileName(name, fallback string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	if name == "" {
		return fallback
	}
	return name
}
