package ui

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// shutdownGrace is how long the process may take to end after a quit was
// asked for before the guard ends it. A normal quit takes well under a
// second (the shutdown loop test measures it).
const shutdownGrace = 4 * time.Second

// shutdownGuard ends the process when Fyne's own shutdown stalls.
//
// Fyne 2.7.1 can hang after its loop has ended: the loop queues the
// lifecycle's OnStopped event, drains its function queue and closes it,
// while the event goroutine hands that event to the same queue; when the
// hand-over comes just after the drain, the event never runs, and Run
// waits for it (WaitForEvents) for ever. The shutdown loop test met it
// once in about 50 quits under -race on a loaded machine. The window is
// gone by then but the process still holds the database lock, so the next
// start would be told the file is in use.
//
// Every quit path arms the guard; if Run has not returned within
// shutdownGrace, the guard saves what is pending (the UI loop is over, so
// no widget edits the programme any more) and exits.
type shutdownGuard struct {
	flush    atomic.Pointer[func() error]
	armed    atomic.Bool
	finished atomic.Bool
	exit     func(code int) // os.Exit; tests replace it
	log      func(what string, err error)
	stderr   io.Writer
}

func newShutdownGuard() *shutdownGuard {
	return &shutdownGuard{exit: os.Exit, log: fyne.LogError, stderr: os.Stderr}
}

// setFlush gives the guard what saves pending edits.
func (g *shutdownGuard) setFlush(f func() error) { g.flush.Store(&f) }

// arm starts the grace period; only the first call counts.
func (g *shutdownGuard) arm() {
	if !g.armed.CompareAndSwap(false, true) {
		return
	}
	time.AfterFunc(shutdownGrace, g.expire)
}

// done tells the guard that Run returned: the normal path saves and ends.
func (g *shutdownGuard) done() { g.finished.Store(true) }

func (g *shutdownGuard) expire() {
	if g.finished.Load() {
		return
	}
	code := 0
	if f := g.flush.Load(); f != nil {
		if err := (*f)(); err != nil {
			g.log("save at a stalled shutdown", err)
			code = 1
		}
	}
	fmt.Fprintln(g.stderr, stalledShutdownLine)
	g.exit(code)
}

// stalledShutdownLine is written when the guard ended the process; the
// shutdown loop test counts it.
const stalledShutdownLine = "kotoutus: the window system's shutdown stalled; pending edits were saved and the app ended"
