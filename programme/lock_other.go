//go:build windows || plan9

package programme

// lockFile is a no-op where bbolt's lock is not an flock; the restore then
// relies on the app being closed, as the README says.
func lockFile(string) (func(), error) { return func() {}, nil }
