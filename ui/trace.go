package ui

import (
	"fmt"
	"os"
)

// traceUI is set by KOTOUTUS_TRACE=ui: the app writes one line to stderr
// when it opens a programme, shows a step and accepts an edit. The
// shutdown test drives the real app with xdotool and uses the lines to
// wait for what it did to arrive, instead of guessing at delays (a loaded
// machine under -race is many times slower than a laptop).
var traceUI = os.Getenv("KOTOUTUS_TRACE") == "ui"

// The trace lines; main_shutdown_test.go reads them.
const (
	traceEditLine = "kotoutus: trace: edit"
	traceOpenLine = "kotoutus: trace: open"
	traceStepLine = "kotoutus: trace: step %d" // the step's index, 0 for step 1
)

func traceEdit() { trace(traceEditLine) }

func trace(format string, args ...any) {
	if traceUI {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}
