package programme

import (
	"fmt"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// viewTx runs fn in a read transaction. bbolt reports a damaged page by
// panicking; bolt's View rolls the transaction back on the way out, and this
// turns the panic into ErrNotDatabase so that a damaged file is an error
// message, not a crash that could take unsaved work with it.
func (s *Store) viewTx(fn func(tx *bolt.Tx) error) (err error) {
	// A wild page pointer into the memory map faults rather than panics;
	// make it a panic for this goroutine so it can be recovered too.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(&err)
	return s.db.View(fn)
}

// updateTx runs fn in a write transaction, like viewTx.
func (s *Store) updateTx(fn func(tx *bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer recoverDamage(&err)
	return classify(s.db.Update(fn))
}

func recoverDamage(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w (damaged page: %v)", ErrNotDatabase, r)
	}
}
