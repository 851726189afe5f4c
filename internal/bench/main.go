// Command bench prints the table of `make bench` (scripts/bench.sh): the
// whole-process PDF and Markdown export of the kotoutus binary on the demo,
// a generated programme of about 100 pages and one of about 1,000 pages,
// against pandoc with wkhtmltopdf and with weasyprint on the same Markdown
// our export writes. Runs are paired, ours then the peer's, A B A B; the
// table gives medians, the median of the pair-by-pair ratios, the peak
// memory of the largest process of each run and the file sizes. It then runs
// the in-process Go benchmarks of package export against the raw-fpdf floor.
//
//	go run -tags migrated_fynedo ./internal/bench [-runs 3] [-bin bin/kotoutus] [-sizes demo,100,1000]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// Sizes of the generated programmes, in tenths of `demo --size large`;
// programme.Generate draws them.
var sizes = map[string]int{"100": programme.Tenths100Pages, "1000": programme.Tenths1000Pages}

// peer is pandoc with one PDF engine.
type peer struct{ name, engine string }

// peers are the commands a municipality could use instead, on our Markdown.
var peers = []peer{
	{"pandoc + wkhtmltopdf", "wkhtmltopdf"},
	{"pandoc + weasyprint", "weasyprint"},
}

func main() {
	runs := flag.Int("runs", 3, "pairs of runs of each comparison")
	bin := flag.String("bin", "bin/kotoutus", "the kotoutus binary to time")
	only := flag.String("sizes", "demo,100,1000", "programmes to export: demo, 100 (pages), 1000")
	goBench := flag.Bool("go", true, "also run the in-process Go benchmarks")
	peerList := flag.String("peers", "wkhtmltopdf,weasyprint", "PDF engines of pandoc to compare with")
	fillDB := flag.String("fill", "", "internal: store the programmes in this database and print their IDs")
	flag.Parse()
	if *fillDB != "" {
		ids, err := fill(*fillDB, strings.Split(*only, ","))
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		for name, id := range ids {
			fmt.Println(name, id)
		}
		return
	}
	peers = slices.DeleteFunc(peers, func(p peer) bool { return !slices.Contains(strings.Split(*peerList, ","), p.engine) })
	if err := run(*bin, *runs, strings.Split(*only, ","), *goBench); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// sample is one timed run of one command.
type sample struct {
	wall time.Duration
	peak int64 // bytes, the largest process of the run
}

// row is one line of the table.
type row struct {
	programme, tool string
	pages           string
	runs            []sample
	size            int64
	ratios          []float64 // peer / ours, pair by pair
	failed          string
}

func run(bin string, runs int, only []string, goBench bool) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	work, err := os.MkdirTemp("", "kotoutus-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	db := filepath.Join(work, "bench.db")
	// A child process generates the programmes: a process's peak memory
	// (ru_maxrss) starts from its parent's at exec, so this one must stay
	// small for the figures of the commands it starts to be their own.
	self, err := os.Executable()
	if err != nil {
		return err
	}
	out, err := exec.Command(self, "-fill", db, "-sizes", strings.Join(only, ",")).Output()
	if err != nil {
		return fmt.Errorf("generate programmes: %w", err)
	}
	ids := map[string]string{}
	for line := range strings.Lines(string(out)) {
		if name, id, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
			ids[name] = id
		}
	}
	var table []row
	for _, name := range only {
		id := ids[name]
		md := filepath.Join(work, name+".md")
		ours := []string{bin, "--db", db, "export", "--programme", id, "--format", "pdf", "--out", filepath.Join(work, name+".pdf")}
		oursMD := []string{bin, "--db", db, "export", "--programme", id, "--format", "md", "--out", md}
		if _, err := timed(oursMD); err != nil {
			return fmt.Errorf("%s: markdown export: %w", name, err)
		}
		pdf := row{programme: name, tool: "Kotoutus PDF"}
		mdRow := row{programme: name, tool: "Kotoutus Markdown"}
		for range runs {
			s, err := timed(oursMD)
			if err != nil {
				return err
			}
			mdRow.runs = append(mdRow.runs, s)
		}
		mdRow.size = fileSize(md)
		var peerRows []row
		for _, pe := range peers {
			out := filepath.Join(work, name+"-"+pe.engine+".pdf")
			cmd := []string{"pandoc", "-f", "gfm", md, "-o", out, "--pdf-engine=" + pe.engine, "--metadata", "title=Kotouttamisohjelma"}
			r := row{programme: name, tool: pe.name}
			if _, err := exec.LookPath(pe.engine); err != nil {
				r.failed = "not installed"
				peerRows = append(peerRows, r)
				continue
			}
			for range runs {
				a, err := timed(ours)
				if err != nil {
					return err
				}
				b, err := timed(cmd)
				if err != nil {
					r.failed = "failed: " + firstLine(err.Error())
					break
				}
				pdf.runs = append(pdf.runs, a)
				r.runs = append(r.runs, b)
				r.ratios = append(r.ratios, b.wall.Seconds()/a.wall.Seconds())
			}
			r.size, r.pages = fileSize(out), pages(out)
			peerRows = append(peerRows, r)
		}
		if len(pdf.runs) == 0 { // no peer: time ours alone
			for range runs {
				s, err := timed(ours)
				if err != nil {
					return err
				}
				pdf.runs = append(pdf.runs, s)
			}
		}
		pdf.size, pdf.pages = fileSize(ours[len(ours)-1]), pages(ours[len(ours)-1])
		table = append(table, pdf, mdRow)
		table = append(table, peerRows...)
	}
	printTable(table, runs)
	if goBench {
		return inProcess()
	}
	return nil
}

// fill stores the programmes to export in a new database at db.
func fill(db string, only []string) (map[string]string, error) {
	s, err := programme.Open(db)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	tpl := checklist.Default()
	ids := map[string]string{}
	for _, name := range only {
		var p *programme.Programme
		switch tenths, ok := sizes[name]; {
		case name == "demo":
			p = programme.Demo(tpl)
		case ok:
			if p, err = programme.Generate(tpl, tenths); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("unknown programme %q (demo, 100, 1000)", name)
		}
		if err := s.Save(p); err != nil {
			return nil, err
		}
		ids[name] = p.ID
	}
	return ids, nil
}

// timed runs argv and returns its wall time and the peak resident memory of
// its largest process (wait4's rusage covers the reaped descendants; it is
// never below this process's own, see run).
func timed(argv []string) (sample, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = os.TempDir() // pandoc leaves its temporary files in the working folder
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%s: %w: %s", strings.Join(argv[:min(len(argv), 3)], " "), err, stderr.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return sample{}, errors.New("no rusage on this system")
	}
	return sample{wall: wall, peak: ru.Maxrss * 1024}, nil
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// pages asks pdfinfo (poppler-utils) how many pages a PDF has.
func pages(path string) string {
	out, err := exec.Command("pdfinfo", path).Output()
	if m := pagesLine.FindSubmatch(out); err == nil && m != nil {
		return string(m[1])
	}
	return "?"
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func median[T int64 | float64 | time.Duration](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func printTable(table []row, runs int) {
	fmt.Printf("Whole processes, %d pairs A B A B (A = Kotoutus PDF), medians; ratio = peer / ours, median of the pairs\n\n", runs)
	fmt.Printf("| %-9s | %-20s | %5s | %8s | %8s | %9s | %-28s |\n", "programme", "tool", "pages", "wall s", "peak MiB", "file KiB", "ratio (min–max)")
	fmt.Printf("|%s|%s|%s|%s|%s|%s|%s|\n", strings.Repeat("-", 11), strings.Repeat("-", 22), strings.Repeat("-", 7), strings.Repeat("-", 10), strings.Repeat("-", 10), strings.Repeat("-", 11), strings.Repeat("-", 30))
	for _, r := range table {
		if r.failed != "" && len(r.runs) == 0 {
			fmt.Printf("| %-9s | %-20s | %5s | %8s | %8s | %9s | %-28s |\n", r.programme, r.tool, "", "", "", "", r.failed)
			continue
		}
		walls := make([]time.Duration, len(r.runs))
		peaks := make([]int64, len(r.runs))
		for i, s := range r.runs {
			walls[i], peaks[i] = s.wall, s.peak
		}
		ratio := ""
		if len(r.ratios) > 0 {
			ratio = fmt.Sprintf("%.1f× (%.1f–%.1f)", median(r.ratios), slices.Min(r.ratios), slices.Max(r.ratios))
		}
		if r.failed != "" {
			ratio += " " + r.failed
		}
		fmt.Printf("| %-9s | %-20s | %5s | %8.3f | %8.1f | %9.0f | %-28s |\n", r.programme, r.tool, r.pages,
			median(walls).Seconds(), float64(median(peaks))/(1<<20), float64(r.size)/1024, ratio)
	}
}

// inProcess runs the Go benchmarks of our PDF export and of the raw-fpdf
// floor on the same text, and prints their ratio.
func inProcess() error {
	fmt.Println("\nIn process (go test -bench, package export): our PDF export against a raw fpdf layout of the same text")
	cmd := exec.Command("go", "test", "-tags", "migrated_fynedo", "-run", "^$", "-bench", "^BenchmarkPDF(Floor)?Pages(100|1000)$", "-benchmem", "-count", "3", "./export/")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go test -bench: %w\n%s", err, out)
	}
	ns := map[string][]float64{}
	alloc := map[string][]float64{}
	var order []string
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		if _, seen := ns[name]; !seen {
			order = append(order, name)
		}
		for i := 1; i+1 < len(f); i++ {
			var v float64
			if _, err := fmt.Sscan(f[i], &v); err != nil {
				continue
			}
			switch f[i+1] {
			case "ns/op":
				ns[name] = append(ns[name], v)
			case "B/op":
				alloc[name] = append(alloc[name], v)
			}
		}
	}
	fmt.Printf("\n| %-24s | %9s | %12s | %-12s |\n", "benchmark", "ms/op", "MiB alloc/op", "vs floor")
	fmt.Printf("|%s|%s|%s|%s|\n", strings.Repeat("-", 26), strings.Repeat("-", 11), strings.Repeat("-", 14), strings.Repeat("-", 14))
	for _, name := range order {
		vs := ""
		if floor := strings.Replace(name, "BenchmarkPDFPages", "BenchmarkPDFFloorPages", 1); floor != name && len(ns[floor]) > 0 {
			vs = fmt.Sprintf("%.2f×", median(ns[name])/median(ns[floor]))
		}
		fmt.Printf("| %-24s | %9.1f | %12.1f | %-12s |\n", name, median(ns[name])/1e6, median(alloc[name])/(1<<20), vs)
	}
	return nil
}
