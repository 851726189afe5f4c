package programme

import (
	"crypto/rand"
	"encoding/hex"
)

// NewID returns a random ID for a row (goal, measure, member …). Rows keep
// their ID for life so that copies of a programme can be merged row by row.
func NewID() string { return randomHex(8) }

// NewProgrammeID returns a short random programme ID, short enough to type on
// the command line.
func NewProgrammeID() string { return randomHex(4) }

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)
}
