package cli

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/programme"
)

// demoDB creates a database with the example programme and returns its path
// and the programme's ID.
func demoDB(t *testing.T) (string, string) {
	t.Helper()
	db := tempDB(t)
	code, out, errOut := runCLI(t, "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return db, lines[len(lines)-1]
}

// withStore opens a database for a test's own reading or editing and
// closes it before the command line runs again.
func withStore(t *testing.T, db string, fn func(s *programme.Store)) {
	t.Helper()
	s, err := programme.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fn(s)
}

func load(t *testing.T, db, id string) *programme.Programme {
	t.Helper()
	var p *programme.Programme
	withStore(t, db, func(s *programme.Store) {
		var err error
		if p, err = s.Load(id); err != nil {
			t.Fatal(err)
		}
	})
	return p
}

func edit(t *testing.T, db, id string, fn func(p *programme.Programme)) {
	t.Helper()
	withStore(t, db, func(s *programme.Store) {
		p, err := s.Load(id)
		if err != nil {
			t.Fatal(err)
		}
		fn(p)
		if err := s.Save(p); err != nil {
			t.Fatal(err)
		}
	})
}

func hashFile(t *testing.T, path string) [32]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func TestStatusCommand(t *testing.T) {
	db, id := demoDB(t)
	edit(t, db, id, func(p *programme.Programme) {
		if _, err := p.AddComment("step:goals", "Liisa", "Tavoitteet katsottava", time.Now()); err != nil {
			t.Fatal(err)
		}
	})
	p := load(t, db, id)
	tpl := checklist.Default()
	want := p.Overview(tpl, time.Now())
	if want.Steps[3].OpenComments == 0 {
		t.Fatal("the comment added is not counted")
	}

	code, out, errOut := runCLI(t, "--db", db, "status", "--programme", id)
	if code != 0 {
		t.Fatalf("status: %d %s", code, errOut)
	}
	for _, s := range tpl.Steps {
		if !strings.Contains(out, s.Title.In("fi")) {
			t.Errorf("text status lacks step %q", s.Title.In("fi"))
		}
	}
	for _, f := range p.Check(tpl) {
		if text := findingText(f); !strings.Contains(out, text) {
			t.Errorf("text status lacks finding %q", text)
		}
	}
	if !strings.Contains(out, p.Title) || !strings.Contains(out, id) {
		t.Errorf("text status lacks the programme's title or ID:\n%s", out)
	}
	if want.NextMilestone != nil && !strings.Contains(out, want.NextMilestone.Date.Finnish()) {
		t.Errorf("text status lacks the next decision %s", want.NextMilestone.Date.Finnish())
	}

	code, out, errOut = runCLI(t, "--db", db, "status", "--programme", id, "--format", "json")
	if code != 0 {
		t.Fatalf("status json: %d %s", code, errOut)
	}
	var got struct {
		ID           string `json:"id"`
		Done         int    `json:"done"`
		Total        int    `json:"total"`
		Findings     int    `json:"findings"`
		OpenComments int    `json:"openComments"`
		Steps        []struct {
			ID           string `json:"id"`
			Title        string `json:"title"`
			Status       string `json:"status"`
			Done         int    `json:"done"`
			OpenComments int    `json:"openComments"`
			Findings     []struct {
				Code string `json:"code"`
				Text string `json:"text"`
			} `json:"findings"`
		} `json:"steps"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("status json does not decode: %v\n%s", err, out)
	}
	if got.ID != id || got.Done != want.Done || got.Total != want.Total || got.Findings != want.Findings || got.OpenComments != want.OpenComments {
		t.Errorf("json totals %+v, want %+v", got, want)
	}
	if len(got.Steps) != len(tpl.Steps) {
		t.Fatalf("json has %d steps", len(got.Steps))
	}
	for i, s := range got.Steps {
		w := want.Steps[i]
		if s.ID != w.ID || s.Status != string(w.Status) || s.Done != w.Done || len(s.Findings) != len(w.Findings) || s.Title == "" {
			t.Errorf("json step %d: %+v, want %+v", i, s, w)
		}
		for _, f := range s.Findings {
			if f.Text == "" || strings.HasPrefix(f.Text, "missing.") {
				t.Errorf("finding %s has no text: %q", f.Code, f.Text)
			}
		}
		if s.OpenComments != w.OpenComments {
			t.Errorf("%s has %d open comments, want %d", s.ID, s.OpenComments, w.OpenComments)
		}
	}
}

func TestSaveFileThenImportIsIdentical(t *testing.T) {
	db, id := demoDB(t)
	file := filepath.Join(t.TempDir(), "ohjelma.kotoutus")
	for _, gz := range []bool{false, true} {
		args := []string{"--db", db, "save-file", "--programme", id, "--out", file}
		if gz {
			args = append(args, "--gzip")
		}
		if code, _, errOut := runCLI(t, args...); code != 0 {
			t.Fatalf("save-file: %s", errOut)
		}
		want := load(t, db, id)

		other := tempDB(t)
		code, out, errOut := runCLI(t, "--db", other, "import", file)
		if code != 0 {
			t.Fatalf("import: %s", errOut)
		}
		if lastLine(out) != id {
			t.Errorf("import into another database gave ID %q, want %q", lastLine(out), id)
		}
		if got := load(t, other, id); !reflect.DeepEqual(got, want) {
			t.Errorf("gzip %v: imported programme differs: %v", gz, programme.Compare(want, got))
		}

		code, out, errOut = runCLI(t, "--db", db, "import", file)
		if code != 0 {
			t.Fatalf("import into the same database: %s", errOut)
		}
		newID := lastLine(out)
		if newID == id || !strings.Contains(out, "--into "+id) {
			t.Errorf("import into the same database: %q", out)
		}
		got := load(t, db, newID)
		got.ID = id
		if !reflect.DeepEqual(got, want) {
			t.Errorf("gzip %v: imported copy differs: %v", gz, programme.Compare(want, got))
		}
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*")); len(matches) != 0 {
		t.Errorf("temporary files left behind: %v", matches)
	}
}

// TestImportMerge plays two members editing copies of the same programme
// and merging one's file into the other's database.
func TestImportMerge(t *testing.T) {
	liisa, id := demoDB(t)
	dir := t.TempDir()
	start := filepath.Join(dir, "alku.kotoutus")
	if code, _, errOut := runCLI(t, "--db", liisa, "save-file", "--programme", id, "--out", start); code != 0 {
		t.Fatal(errOut)
	}
	matti := tempDB(t)
	if code, _, errOut := runCLI(t, "--db", matti, "import", start); code != 0 {
		t.Fatal(errOut)
	}
	var goalID string
	edit(t, liisa, id, func(p *programme.Programme) {
		goalID = p.Goals[0].ID
		p.Goals[0].Title = "Liisan otsikko"
		p.EditItem("communication.process").Note = "Liisan muistiinpano"
	})
	var matinKommentti programme.Comment
	edit(t, matti, id, func(p *programme.Programme) {
		p.Goals[0].Title = "Matin otsikko"
		p.EditStep("communication").Note = "Matin huomio"
		var err error
		if matinKommentti, err = p.AddComment("step:communication", "Matti", "Viestintä aloitettava", time.Now()); err != nil {
			t.Fatal(err)
		}
	})
	back := filepath.Join(dir, "matilta.kotoutus")
	if code, _, errOut := runCLI(t, "--db", matti, "save-file", "--programme", id, "--out", back); code != 0 {
		t.Fatal(errOut)
	}

	before := load(t, liisa, id)
	code, out, errOut := runCLI(t, "--db", liisa, "import", back, "--into", id)
	if code != 1 {
		t.Fatalf("a merge with a conflict exited %d: %s %s", code, out, errOut)
	}
	for _, want := range []string{"Liisan otsikko", "Matin otsikko", "goals/" + goalID + "/title", "Otsikko", "--resolve"} {
		if !strings.Contains(out, want) {
			t.Errorf("conflict report lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "Mitään ei muutettu") {
		t.Errorf("stderr %q", errOut)
	}
	if after := load(t, liisa, id); !reflect.DeepEqual(after, before) {
		t.Errorf("an undecided merge changed the programme: %v", programme.Compare(before, after))
	}
	withStore(t, liisa, func(s *programme.Store) {
		if snaps, _ := s.Snapshots(id); len(snaps) != 0 {
			t.Errorf("an undecided merge took snapshots: %+v", snaps)
		}
	})

	code, out, errOut = runCLI(t, "--db", liisa, "import", "--resolve", "theirs", back, "--into", id)
	if code != 0 {
		t.Fatalf("merge with --resolve theirs: %d %s", code, errOut)
	}
	got := load(t, liisa, id)
	if got.Goals[0].Title != "Matin otsikko" || got.Item("communication.process").Note != "Liisan muistiinpano" ||
		got.Step("communication").Note != "Matin huomio" {
		t.Errorf("merged: goal %q, item note %q, step note %q", got.Goals[0].Title, got.Items["communication.process"].Note, got.Steps["communication"].Note)
	}
	found := false
	for _, c := range got.Comments {
		found = found || c.ID == matinKommentti.ID
	}
	if !found {
		t.Error("Matti's comment was lost")
	}
	withStore(t, liisa, func(s *programme.Store) {
		snaps, _ := s.Snapshots(id)
		if len(snaps) != 1 || snaps[0].Reason != programme.ReasonBeforeMerge || !strings.Contains(out, snaps[0].Key) {
			t.Fatalf("snapshots after merge %+v; output %s", snaps, out)
		}
		kept, err := s.LoadSnapshot(id, snaps[0].Key)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(kept, before) {
			t.Error("the snapshot before the merge is not the programme as it was")
		}
	})

	// Importing the same file again finds nothing new.
	code, out, _ = runCLI(t, "--db", liisa, "import", back, "--into", id)
	if code != 0 || !strings.Contains(out, "Mitään ei muutettu") {
		t.Errorf("re-import: %d %s", code, out)
	}
}

func TestImportRefusesBadFilesAndLeavesTheDatabaseAlone(t *testing.T) {
	db, id := demoDB(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "hyva.kotoutus")
	if code, _, errOut := runCLI(t, "--db", db, "save-file", "--programme", id, "--out", good); code != 0 {
		t.Fatal(errOut)
	}
	valid, _ := os.ReadFile(good)
	var m map[string]any
	if err := json.Unmarshal(valid, &m); err != nil {
		t.Fatal(err)
	}
	variant := func(fn func(m map[string]any)) []byte {
		var c map[string]any
		_ = json.Unmarshal(valid, &c)
		fn(c)
		data, _ := json.Marshal(c)
		return data
	}
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	chunk := make([]byte, 1<<20)
	for i := int64(0); i <= programme.MaxUnpackedSize>>20; i++ {
		_, _ = zw.Write(chunk)
	}
	_ = zw.Close()

	files := []struct {
		name string
		data []byte
		want string // a phrase of the Finnish message
	}{
		{"newer", variant(func(m map[string]any) { m["version"] = programme.FileVersion + 1 }), "uudemmalla versiolla"},
		{"truncated", valid[:len(valid)*2/3], "vioittunut"},
		{"wrong types", variant(func(m map[string]any) { m["programme"].(map[string]any)["goals"] = map[string]any{"a": 1} }), "vioittunut"},
		{"not a programme", []byte("Hei! Tässä ohjelma liitteenä."), "ei ole Kotoutuksen ohjelmatiedosto"},
		{"other JSON", []byte(`{"format":"muu","version":1}`), "ei ole Kotoutuksen ohjelmatiedosto"},
		{"gzip bomb", bomb.Bytes(), "liian suuri"},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name+".kotoutus")
		if err := os.WriteFile(path, f.data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	huge := filepath.Join(dir, "huge.kotoutus")
	if err := os.WriteFile(huge, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, programme.MaxFileSize+1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	files = append(files, struct {
		name string
		data []byte
		want string
	}{"huge", nil, "liian suuri"})

	for _, f := range files {
		for _, into := range []bool{false, true} {
			t.Run(f.name, func(t *testing.T) {
				before := hashFile(t, db)
				args := []string{"--db", db, "import", filepath.Join(dir, f.name+".kotoutus")}
				if into {
					args = append(args, "--into", id, "--resolve", "theirs")
				}
				code, out, errOut := runCLI(t, args...)
				if code != 1 || !strings.Contains(errOut, f.want) || !strings.Contains(errOut, "Mitään ei muutettu") {
					t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, out, errOut, f.want)
				}
				if hashFile(t, db) != before {
					t.Error("the database file changed")
				}
			})
		}
	}
}

func TestReviewCommandsWhenTheDatabaseIsInUse(t *testing.T) {
	db, id := demoDB(t)
	file := filepath.Join(t.TempDir(), "p.kotoutus")
	if code, _, errOut := runCLI(t, "--db", db, "save-file", "--programme", id, "--out", file); code != 0 {
		t.Fatal(errOut)
	}
	old := programme.LockTimeout
	programme.LockTimeout = 50 * time.Millisecond
	t.Cleanup(func() { programme.LockTimeout = old })
	s, err := programme.Open(db) // the running app
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, args := range [][]string{
		{"status", "--programme", id},
		{"save-file", "--programme", id, "--out", file + "2"},
		{"import", file},
		{"import", file, "--into", id},
	} {
		t.Run(args[0], func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
			if code != 1 || !strings.Contains(errOut, "jo auki") {
				t.Errorf("exit %d, stderr %q", code, errOut)
			}
		})
	}
	if _, err := os.Stat(file + "2"); !os.IsNotExist(err) {
		t.Error("save-file wrote a file though the database was locked")
	}
}

func TestReviewCommandUsage(t *testing.T) {
	db, id := demoDB(t)
	for _, args := range [][]string{
		{"status"},
		{"status", "--programme", id, "--format", "pdf"},
		{"save-file", "--programme", id},
		{"save-file", "--out", "x.kotoutus"},
		{"import"},
		{"import", "a.kotoutus", "b.kotoutus"},
		{"import", "a.kotoutus", "--resolve", "mine", "--into", id},
		{"import", "a.kotoutus", "--resolve", "ours"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, _, errOut := runCLI(t, append([]string{"--db", db}, args...)...)
			if code != 2 || !strings.Contains(errOut, "Käyttö") {
				t.Errorf("exit %d, stderr %q", code, errOut)
			}
		})
	}
	code, _, errOut := runCLI(t, "--db", db, "status", "--programme", "nope")
	if code != 1 || !strings.Contains(errOut, "kotoutus list") {
		t.Errorf("unknown programme: %d %q", code, errOut)
	}
}
