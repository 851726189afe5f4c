package export

// allDigits tells whether s is a short run of ASCII digits (one to nine).
func allDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
