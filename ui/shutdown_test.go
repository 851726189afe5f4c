package ui

import (
	"errors"
	"strings"
	"testing"
)

func TestShutdownGuard(t *testing.T) {
	tests := []struct {
		name               string
		finished, hasFlush bool
		flushErr           error
		wantFlushed        bool
		wantExit           int // -1: no exit
	}{
		{name: "run returned", finished: true, hasFlush: true, wantExit: -1},
		{name: "stalled, saved", hasFlush: true, wantFlushed: true, wantExit: 0},
		{name: "stalled, save failed", hasFlush: true, flushErr: errors.New("disk full"), wantFlushed: true, wantExit: 1},
		{name: "stalled before a window", wantExit: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exit := -1
			var said strings.Builder
			g := &shutdownGuard{exit: func(code int) { exit = code }, log: func(string, error) {}, stderr: &said}
			flushed := false
			if tt.hasFlush {
				g.setFlush(func() error { flushed = true; return tt.flushErr })
			}
			if tt.finished {
				g.done()
			}
			g.expire()
			if flushed != tt.wantFlushed || exit != tt.wantExit {
				t.Errorf("flushed %v, exit %d; want %v, %d", flushed, exit, tt.wantFlushed, tt.wantExit)
			}
			if stalled := exit >= 0; stalled != strings.Contains(said.String(), stalledShutdownLine) {
				t.Errorf("said %q with exit %d", said.String(), exit)
			}
		})
	}
}
