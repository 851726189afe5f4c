package programme

import (
	"sync"
	"time"
)

// DefaultSaveDelay is how long a Session waits after the last edit before it
// writes, so that typing is saved in batches rather than per keystroke.
const DefaultSaveDelay = 700 * time.Millisecond

// SaveEvent reports the outcome of a save to the UI.
type SaveEvent struct {
	At  time.Time
	Err error
}

// Session is an open programme being edited, saved automatically a moment
// after each edit. Edits and reads happen on one goroutine (the UI's); the
// save runs on a timer goroutine and takes a read lock while encoding.
type Session struct {
	store   *Store
	delay   time.Duration
	onSaved func(SaveEvent)

	mu    sync.RWMutex // guards p against the saver's encoding
	p     *Programme
	dirty bool
	timer *time.Timer

	saveMu sync.Mutex // serialises writes so an older encoding never wins
	seq    uint64     // edit sequence, guarded by mu
}

// NewSession starts editing p. onSaved, if set, is called after every save
// attempt, from the saving goroutine.
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
	s.seq++
	if s.timer == nil {
		s.timer = time.AfterFunc(s.delay, s.saveFromTimer)
	} else {
		s.timer.Reset(s.delay)
	}
	s.mu.Unlock()
}

// Dirty tells whether there are edits not yet written.
func (s *Session) Dirty() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.dirty
}

func (s *Session) saveFromTimer() {
	err := s.save()
	if s.onSaved != nil && err != errNothingToSave {
		s.onSaved(SaveEvent{At: s.savedAt(), Err: err})
	}
}

type sentinel string

func (e sentinel) Error() string { return string(e) }

const errNothingToSave = sentinel("nothing to save")

func (s *Session) savedAt() time.Time {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.p.Updated
}

// save encodes under the read lock and writes outside it, so the UI is never
// blocked by disk I/O. A failed save leaves the session dirty, and the next
// edit or Flush tries again: nothing typed is dropped.
func (s *Session) save() error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()

	s.mu.Lock()
	if !s.dirty {
		s.mu.Unlock()
		return errNothingToSave
	}
	seq := s.seq
	prev := s.p.Updated
	s.p.Updated = s.store.now().Truncate(time.Millisecond)
	sum := s.p.Summary()
	data, err := Encode(s.p)
	if err != nil {
		s.p.Updated = prev
		s.mu.Unlock()
		return err
	}
	s.dirty = false
	s.mu.Unlock()

	if err := s.store.put(sum, data); err != nil {
		s.mu.Lock()
		s.dirty = true
		if s.seq == seq {
			s.p.Updated = prev
		}
		s.mu.Unlock()
		return err
	}
	return nil
}

// Flush writes pending edits now; call it before closing the window.
func (s *Session) Flush() error {
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
	}
	s.mu.Unlock()
	if err := s.save(); err != nil && err != errNothingToSave {
		return err
	}
	return nil
}
