package export

import "strings"

// safeLinkSchemes are the only link targets an export makes clickable.
var safeLinkSchemes = []string{"http://", "https://", "mailto:"}

// safeLink tells whether dest may become a link in an exported document:
// only web addresses (http, https) and mail addresses (mailto) may.
// Everything else a draft may contain — javascript:, file:, data:, smb:,
// relative paths — would run code, open local files or reach the network
// in ways a reader does not expect, and stays plain text. The scheme is
// compared without regard to case; something must follow it.
func safeLink(dest string) bool {
	for _, s := range safeLinkSchemes {
		if len(dest) > len(s) && strings.EqualFold(dest[:len(s)], s) {
			return true
		}
	}
	return false
}
