package ui

import (
	"fmt"
	"image"
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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

// traceFirstFrame prints, once, the time from started to the first frame
// in which win's content is drawn: a transparent raster laid over the
// content is painted with that frame, and its generator runs then.
func traceFirstFrame(win fyne.Window, started time.Time) {
	var once sync.Once
	mark := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() {
			ms := time.Since(started).Milliseconds()
			fmt.Fprintln(os.Stderr, lang.L("trace.startup", map[string]any{"Ms": ms}))
		})
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	win.SetContent(container.NewStack(win.Content(), mark))
}
