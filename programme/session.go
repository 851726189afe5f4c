package programme

import (
	"fmt"
	"sync"
	"time"
)

// DefaultSaveDelay is how long a Session waits after the last edit before it
// writes, so that typing is saved in batches rather than per keystroke.
const DefaultSaveDelay = 700 * time.Millisecond

// SaveEvent reports the outcome of a save to the UI.
type SaveEvent struct {
	// At is the save time written into the stored copy; the UI gives it
	// to MarkSaved on its own goroutine.
	At  time.Time
	Err error
}

// Session is an open programme being edited, saved automatically a moment
// after each edit. Edits and reads happen on one goroutine (the UI's); the
// save runs on a timer goroutine and only reads the programme, under the
// lock, while encoding. Nothing on the save path writes the programme:
// the save time goes into the encoded copy, and the UI's goroutine sets
// Programme.Updated afterwards (MarkSaved, or Flush itself).
type Session struct {
	store   *Store
	delay   time.Duration
	onSaved func(SaveEvent)

	mu     sync.Mutex // guards p against the saver's encoding
	p      *Programme
	dirty  bool
	closed bool // the stored programme was replaced; nothing more is saved
	timer  *time.Timer

	saveMu sync.Mutex // serialises writes so an older encoding never wins
}

// NewSession starts editing p. onSaved, if set, is called after every save
// the timer makes, from the saving goroutine; it should hand the event to
// the UI's goroutine and call MarkSaved there.
func NewSession(store *Store, p *Programme, delay time.Duration, onSaved func(SaveEvent)) *Session {
	return &Session{store: store, p: p, delay: delay, onSaved: onSaved}
}

// Programme returns the programme for reading. Only the editing goroutine may
// read it, and it must change it only through Edit.
func (s *Session) Programme() *Programme { return s.p }

// Store returns the store the session saves to.
func (s *Session) Store() *Store { return s.store }

// Edit applies fn to the programme and schedules a save.
func (s *Session) Edit(fn func(p *Programme)) {
	s.mu.Lock()
	fn(s.p)
	s.dirty = true
	if s.timer == nil {
		s.timer = time.AfterFunc(s.delay, s.saveFromTimer)
	} else {
		s.timer.Reset(s.delay)
	}
	s.mu.Unlock()
}

// Dirty tells whether there are edits not yet written.
func (s *Session) Dirty() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dirty
}

// MarkSaved records a save's time in the programme. Call it on the editing
// goroutine with a SaveEvent's time; an older time than the one recorded
// is ignored, so events arriving late do not turn the clock back.
func (s *Session) MarkSaved(at time.Time) {
	if at.IsZero() {
		return
	}
	s.mu.Lock()
	if at.After(s.p.Updated) {
		s.p.Updated = at
	}
	s.mu.Unlock()
}

func (s *Session) saveFromTimer() {
	at, err := s.save()
	if s.onSaved != nil && err != errNothingToSave {
		s.onSaved(SaveEvent{At: at, Err: err})
	}
}

type sentinel string

func (e sentinel) Error() string { return string(e) }

const errNothingToSave = sentinel("nothing to save")

// save encodes under the lock and writes outside it, so the UI is never
// blocked by disk I/O. The save time is stamped into a shallow copy that
// is only encoded, never into the programme the UI reads. A failed save
// leaves the session dirty, and the next edit or Flush tries again:
// nothing typed is dropped.
func (s *Session) save() (time.Time, error) {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()

	s.mu.Lock()
	if !s.dirty || s.closed {
		s.mu.Unlock()
		return time.Time{}, errNothingToSave
	}
	stamped := *s.p // shares the maps and slices, which Encode only reads
	stamped.Updated = s.store.now().Truncate(time.Millisecond)
	sum := stamped.Summary()
	data, err := Encode(&stamped)
	if err != nil {
		s.mu.Unlock()
		return time.Time{}, err
	}
	s.dirty = false
	s.mu.Unlock()

	if err := s.store.put(sum, data); err != nil {
		s.mu.Lock()
		s.dirty = true
		s.mu.Unlock()
		return time.Time{}, err
	}
	return stamped.Updated, nil
}

// Flush writes pending edits now and records the save time; call it on the
// editing goroutine, e.g. before closing the window.
func (s *Session) Flush() error {
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	at, err := s.save()
	if err == errNothingToSave {
		return nil
	}
	if err != nil {
		return err
	}
	s.MarkSaved(at)
	return nil
}

// replaced flushes, runs a store operation that replaces the stored
// programme, and on success closes the session: its copy is out of date,
// and a later save must not overwrite what the operation wrote. The caller
// opens the programme again.
func (s *Session) replaced(op func() error) error {
	if err := s.Flush(); err != nil {
		return err
	}
	if err := op(); err != nil {
		return err
	}
	s.mu.Lock()
	s.closed = true
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	return nil
}

// Closed tells whether a restore or merge replaced the stored programme,
// so that the session saves nothing more and the programme must be opened
// again.
func (s *Session) Closed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// TakeSnapshot writes pending edits and keeps the stored programme as a
// snapshot (Store.TakeSnapshot).
func (s *Session) TakeSnapshot(name string, reason SnapshotReason) (SnapshotInfo, error) {
	if err := s.Flush(); err != nil {
		return SnapshotInfo{}, err
	}
	return s.store.TakeSnapshot(s.p.ID, name, reason)
}

// RestoreSnapshot writes pending edits, then makes snapshot key the stored
// state (Store.RestoreSnapshot, which keeps the replaced state as a
// snapshot first). The session is closed afterwards: open the returned
// programme in a new one.
func (s *Session) RestoreSnapshot(key string) (SnapshotInfo, *Programme, error) {
	var (
		before SnapshotInfo
		p      *Programme
	)
	err := s.replaced(func() error {
		var err error
		before, p, err = s.store.RestoreSnapshot(s.p.ID, key)
		return err
	})
	return before, p, err
}

// PrepareMerge writes pending edits and prepares merging the file into the
// stored programme (Store.PrepareMerge), so the merge starts from
// everything typed.
func (s *Session) PrepareMerge(f *File) (*Merge, error) {
	if err := s.Flush(); err != nil {
		return nil, err
	}
	return s.store.PrepareMerge(s.p.ID, f)
}

// ApplyMerge writes pending edits and applies a prepared merge
// (Store.ApplyMerge). The session is closed afterwards: open the returned
// programme in a new one.
func (s *Session) ApplyMerge(m *Merge) (SnapshotInfo, *Programme, error) {
	var (
		info SnapshotInfo
		p    *Programme
	)
	err := s.replaced(func() error {
		var err error
		info, p, err = s.store.ApplyMerge(s.p.ID, m)
		return err
	})
	return info, p, err
}

// Renew writes pending edits and stores a new programme started from this
// one (Store.Renew); this programme is not changed.
func (s *Session) Renew(title string, startYear, endYear int) (*Programme, error) {
	if err := s.Flush(); err != nil {
		return nil, err
	}
	return s.store.Renew(s.p.ID, title, startYear, endYear)
}

// StartUpdate writes pending edits, keeps the stored plan as a snapshot
// (ReasonBeforeUpdate) and marks the programme as being updated in
// mid-period for reason (Programme.StartUpdate). It refuses with
// ErrUpdateInProgress, taking no snapshot, while an update is in progress.
func (s *Session) StartUpdate(reason string) (PlanUpdate, error) {
	s.mu.Lock()
	busy := s.p.Followup.Updating() != nil
	s.mu.Unlock()
	if busy {
		return PlanUpdate{}, fmt.Errorf("start update: %w", ErrUpdateInProgress)
	}
	info, err := s.TakeSnapshot("", ReasonBeforeUpdate)
	if err != nil {
		return PlanUpdate{}, fmt.Errorf("start update: %w", err)
	}
	var (
		u    PlanUpdate
		uerr error
	)
	s.Edit(func(p *Programme) {
		var up *PlanUpdate
		if up, uerr = p.StartUpdate(reason, info.Key, s.store.now()); uerr == nil {
			u = *up
		}
	})
	if uerr != nil {
		return PlanUpdate{}, fmt.Errorf("start update: %w", uerr)
	}
	if err := s.Flush(); err != nil {
		return PlanUpdate{}, fmt.Errorf("start update: %w", err)
	}
	return u, nil
}
