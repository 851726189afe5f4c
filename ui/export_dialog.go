package ui

// showExport is the step's "Vie…" button; the export belongs to the window.
func (e *docEditor) showExport() { e.ctx.v.m.showExport() }

func (m *MainWindow) showExport() {}
