package programme

import "slices"

// The row operations behind every Delete* and Move* method of the model.
// The editors call those methods, never these, so that a method can keep
// its invariants (DeleteGoal unlinks the goal's indicators).

// deleteRow removes row i and tells whether there was one.
func deleteRow[T any](rows *[]T, i int) bool {
	if i < 0 || i >= len(*rows) {
		return false
	}
	*rows = slices.Delete(*rows, i, i+1)
	return true
}

// shiftRow moves row i of rows delta places, keeping the order of the rows
// it passes, and tells whether it moved; moves past either end are ignored
// so that buttons at the ends of a list are harmless.
func shiftRow[T any](rows []T, i, delta int) bool {
	j := i + delta
	if delta == 0 || i < 0 || i >= len(rows) || j < 0 || j >= len(rows) {
		return false
	}
	row := rows[i]
	if delta > 0 {
		copy(rows[i:j], rows[i+1:j+1])
	} else {
		copy(rows[j+1:i+1], rows[j:i])
	}
	rows[j] = row
	return true
}
