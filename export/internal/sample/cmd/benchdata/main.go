// Command benchdata writes the Markdown of the demo programme and of the
// benchmark's large programme into a folder, for scripts/bench-export.sh to
// convert with other tools. The PDF export itself is timed by the Go
// benchmarks of package export on the same programmes.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/export/internal/sample"
	"fi.kotoutus/kotoutus/programme"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: benchdata FOLDER")
		os.Exit(2)
	}
	tpl := checklist.Default()
	for name, p := range map[string]*programme.Programme{"demo": sample.Demo(tpl), "large": sample.Large(tpl, sample.BenchScale)} {
		if err := write(filepath.Join(os.Args[1], name+".md"), p, tpl); err != nil {
			fmt.Fprintln(os.Stderr, "benchdata:", err)
			os.Exit(1)
		}
	}
}

func write(path string, p *programme.Programme, tpl *checklist.Template) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	opt := export.Options{Creator: "benchdata", Now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	if err := export.Markdown(f, p, tpl, opt); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
