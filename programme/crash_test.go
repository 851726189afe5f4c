package programme_test

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/programme"
)

// TestCrashHarness starts a real process that saves programmes as fast as
// it can, printing an acknowledgement after each save returns, and kills it
// with SIGKILL at a random moment; then it checks that the database is
// consistent (Verify: bbolt's check plus decoding every programme) and that
// every acknowledged save is there. KOTOUTUS_CRASH_KILLS sets the number of
// kills (200 by default; `make soak` runs 3,000). The database is
// checked in full after every tenth kill and the last, and opened (meta and
// freelist checked) and every acknowledged save loaded after each.
func TestCrashHarness(t *testing.T) {
	if os.Getenv("KOTOUTUS_CRASH_CHILD") != "" {
		crashChild()
		return
	}
	kills := 200
	if n, err := strconv.Atoi(os.Getenv("KOTOUTUS_CRASH_KILLS")); err == nil && n > 0 {
		kills = n
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	r := rand.New(rand.NewSource(12))
	acked := map[string]int{} // programme ID → last acknowledged revision
	start := time.Now()
	midWrite := 0
	for k := 0; k < kills; k++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHarness$")
		cmd.Env = append(os.Environ(), "KOTOUTUS_CRASH_CHILD=1", "KOTOUTUS_CRASH_DB="+db, fmt.Sprintf("KOTOUTUS_CRASH_SEED=%d", k))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Wait for the first acknowledgement, so the kill lands while the
		// child is writing, then let it write for a random while.
		first, ok := <-lines
		if !ok {
			cmd.Wait()
			t.Fatalf("kill %d: the writer started no save", k)
		}
		time.Sleep(time.Duration(r.Intn(25000)) * time.Microsecond)
		cmd.Process.Kill()
		record := func(l string) {
			var id string
			var rev int
			if _, err := fmt.Sscanf(l, "ack %s %d", &id, &rev); err == nil && rev > acked[id] {
				acked[id] = rev
			}
		}
		record(first)
		n := 1
		for l := range lines {
			record(l)
			n++
		}
		cmd.Wait()
		if n > 1 {
			midWrite++
		}
		s, err := programme.Open(db)
		if err != nil {
			t.Fatalf("kill %d: open after kill: %v", k, err)
		}
		// The full check reads every page; every tenth kill and the last
		// keep the run short, and opening checks the pages in use each time.
		if k%10 == 9 || k == kills-1 {
			if err := s.Verify(); err != nil {
				t.Fatalf("kill %d: database inconsistent: %v", k, err)
			}
		}
		for id, rev := range acked {
			p, err := s.Load(id)
			if err != nil {
				t.Fatalf("kill %d: acknowledged programme %s lost: %v", k, id, err)
			}
			got, _ := strconv.Atoi(strings.TrimPrefix(p.Title, "rev "))
			if got < rev {
				t.Fatalf("kill %d: programme %s at revision %d, %d was acknowledged", k, id, got, rev)
			}
		}
		s.Close()
	}
	t.Logf("%d SIGKILLs (%d while writing after the first save) in %v: 0 inconsistent, 0 acknowledged writes lost over %d programmes",
		kills, midWrite, time.Since(start).Round(time.Millisecond), len(acked))
}

// crashChild is the writing process: it saves a programme of its own over
// and over (and now and then one with a long draft), acknowledging each
// save on stdout only after Save returned.
func crashChild() {
	s, err := programme.Open(os.Getenv("KOTOUTUS_CRASH_DB"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	seed, _ := strconv.Atoi(os.Getenv("KOTOUTUS_CRASH_SEED"))
	r := rand.New(rand.NewSource(int64(seed)))
	p := sample(fmt.Sprintf("Kunta %d", seed))
	w := bufio.NewWriter(os.Stdout)
	for rev := 1; ; rev++ {
		p.Title = fmt.Sprintf("rev %d", rev)
		p.EditStep("situation").Note = strings.Repeat("tilannekuva ", r.Intn(1500))
		if err := s.Save(p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		fmt.Fprintf(w, "ack %s %d\n", p.ID, rev)
		w.Flush()
	}
}
