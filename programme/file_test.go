package programme_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func writeFile(t *testing.T, p *programme.Programme, opt programme.WriteOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := programme.WriteFile(&buf, p, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFileRoundTrip(t *testing.T) {
	p := rich()
	p.Updated = t0
	base := rich()
	base.Title = "Yhteinen versio"
	for _, gz := range []bool{false, true} {
		data := writeFile(t, p, programme.WriteOptions{App: "0.1.0", Gzip: gz, Base: base, Now: t0})
		if gz != bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			t.Errorf("gzip %v: file starts %x", gz, data[:2])
		}
		f, err := programme.ReadFile(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if f.Format != "kotoutus" || f.Version != programme.FileVersion || f.App != "0.1.0" || !f.ExportedAt.Equal(t0) || f.Schema != programme.SchemaVersion {
			t.Errorf("envelope %+v", f)
		}
		if !reflect.DeepEqual(f.Programme, p) {
			t.Errorf("gzip %v: programme differs after round trip: %v", gz, changeKeys(programme.Compare(p, f.Programme)))
		}
		if !reflect.DeepEqual(f.Base, base) {
			t.Errorf("gzip %v: base differs after round trip", gz)
		}
	}
}

func TestFileIsReadableJSON(t *testing.T) {
	data := writeFile(t, rich(), programme.WriteOptions{Now: t0})
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"format", "version", "exportedAt", "schema", "programme"} {
		if _, ok := m[k]; !ok {
			t.Errorf("member %q missing", k)
		}
	}
	if _, ok := m["base"]; ok {
		t.Error("base written though there is none")
	}
	if !bytes.Contains(data, []byte("Kotouttamisohjelma 2026–2029")) {
		t.Error("text is escaped rather than written as UTF-8")
	}
}

// gzipped compresses data.
func gzipped(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

// edited returns a valid file with one change made to its JSON.
func edited(t *testing.T, fn func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(writeFile(t, rich(), programme.WriteOptions{Now: t0}), &m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func prog(m map[string]any) map[string]any { return m["programme"].(map[string]any) }

func TestReadFileRefusesWhatItCannotTrust(t *testing.T) {
	// Smaller limits keep the test fast; the checks are the same.
	oldFile, oldUnpacked := programme.MaxFileSize, programme.MaxUnpackedSize
	programme.MaxFileSize, programme.MaxUnpackedSize = 1<<20, 4<<20
	t.Cleanup(func() { programme.MaxFileSize, programme.MaxUnpackedSize = oldFile, oldUnpacked })
	valid := writeFile(t, rich(), programme.WriteOptions{Now: t0})
	big := append([]byte(`{"format":"kotoutus","pad":"`), bytes.Repeat([]byte("x"), int(programme.MaxFileSize))...)
	bomb := gzipped(append(append([]byte(`{"format":"kotoutus","pad":"`), bytes.Repeat([]byte(" "), int(programme.MaxUnpackedSize))...), '"', '}'))
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, programme.ErrNotProgrammeFile},
		{"a PDF", []byte("%PDF-1.7\n..."), programme.ErrNotProgrammeFile},
		{"a JSON array", []byte(`[1,2,3]`), programme.ErrNotProgrammeFile},
		{"other JSON", []byte(`{"name":"kotoutus","version":"1.0"}`), programme.ErrNotProgrammeFile},
		{"unknown format", edited(t, func(m map[string]any) { m["format"] = "other" }), programme.ErrNotProgrammeFile},
		{"no programme", edited(t, func(m map[string]any) { delete(m, "programme") }), programme.ErrNotProgrammeFile},
		{"version zero", edited(t, func(m map[string]any) { m["version"] = 0 }), programme.ErrNotProgrammeFile},
		{"version as text", edited(t, func(m map[string]any) { m["version"] = "1" }), programme.ErrNotProgrammeFile},
		{"programme as a list", edited(t, func(m map[string]any) { m["programme"] = []any{1} }), programme.ErrFileDamaged},
		{"goals as text", edited(t, func(m map[string]any) { prog(m)["goals"] = "paljon" }), programme.ErrFileDamaged},
		{"start year as text", edited(t, func(m map[string]any) { prog(m)["startYear"] = "2026" }), programme.ErrFileDamaged},
		{"newer format", edited(t, func(m map[string]any) { m["version"] = programme.FileVersion + 1 }), programme.ErrNewerFile},
		{"newer schema", edited(t, func(m map[string]any) { m["schema"] = programme.SchemaVersion + 1 }), programme.ErrNewerFile},
		{"newer format with unreadable programme", edited(t, func(m map[string]any) {
			m["version"] = programme.FileVersion + 1
			m["programme"] = "encrypted"
		}), programme.ErrNewerFile},
		{"truncated", valid[:len(valid)/2], programme.ErrFileDamaged},
		{"truncated gzip", gzipped(valid)[:200], programme.ErrFileDamaged},
		{"corrupt gzip", append([]byte{0x1f, 0x8b}, bytes.Repeat([]byte{0xff}, 40)...), programme.ErrFileDamaged},
		{"too large", big, programme.ErrFileTooLarge},
		{"gzip bomb", bomb, programme.ErrFileTooLarge},
		{"unknown template", edited(t, func(m map[string]any) { prog(m)["templateId"] = "muu" }), programme.ErrUnknownTemplate},
		{"no programme id", edited(t, func(m map[string]any) { prog(m)["id"] = "" }), programme.ErrFileDamaged},
		{"id with a slash", edited(t, func(m map[string]any) { prog(m)["id"] = "a/b" }), programme.ErrFileDamaged},
		{"row without id", edited(t, func(m map[string]any) {
			prog(m)["goals"].([]any)[0].(map[string]any)["id"] = ""
		}), programme.ErrFileDamaged},
		{"repeated row id", edited(t, func(m map[string]any) {
			ms := prog(m)["cooperation"].(map[string]any)["members"].([]any)
			ms[1].(map[string]any)["id"] = ms[0].(map[string]any)["id"]
		}), programme.ErrFileDamaged},
		{"nested row id repeated", edited(t, func(m map[string]any) {
			ms := prog(m)["goals"].([]any)[0].(map[string]any)["measures"].([]any)
			ms[1].(map[string]any)["id"] = ms[0].(map[string]any)["id"]
		}), programme.ErrFileDamaged},
		{"not a date", edited(t, func(m map[string]any) {
			prog(m)["goals"].([]any)[0].(map[string]any)["measures"].([]any)[0].(map[string]any)["start"] = "ensi keväänä"
		}), programme.ErrFileDamaged},
		{"damaged base", edited(t, func(m map[string]any) { m["base"] = map[string]any{"id": 5} }), programme.ErrFileDamaged},
		{"deeply nested", append(bytes.Repeat([]byte("["), 20000), bytes.Repeat([]byte("]"), 20000)...), programme.ErrNotProgrammeFile},
		{"deeply nested object", append([]byte(`{"a":`), append(bytes.Repeat([]byte("["), 20000), bytes.Repeat([]byte("]"), 20000)...)...), programme.ErrFileDamaged},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := programme.ReadFile(bytes.NewReader(tc.data))
			if !errors.Is(err, tc.want) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
			if f != nil {
				t.Error("a refused file returned a programme")
			}
		})
	}
}

func TestReadFileAcceptsHarmlessVariation(t *testing.T) {
	cases := map[string][]byte{
		"byte order mark": append([]byte("\xef\xbb\xbf"), writeFile(t, rich(), programme.WriteOptions{Now: t0})...),
		"unknown member":  edited(t, func(m map[string]any) { m["comment"] = "lähetetty Liisalle" }),
		"empty item entry": edited(t, func(m map[string]any) {
			prog(m)["items"].(map[string]any)["goals.themes"] = nil
		}),
		"no base": edited(t, func(m map[string]any) { m["base"] = nil }),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			f, err := programme.ReadFile(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := f.Programme.Items["goals.themes"]; ok {
				t.Error("an empty item entry was kept")
			}
			if f.Programme.Title != rich().Title {
				t.Errorf("title %q", f.Programme.Title)
			}
		})
	}
}

func TestImportNewRoundTrip(t *testing.T) {
	from, _ := openStore(t)
	p := rich()
	if err := from.Save(p); err != nil {
		t.Fatal(err)
	}
	want, _ := from.Load(p.ID)
	var buf bytes.Buffer
	if err := from.ExportFile(p.ID, &buf, programme.WriteOptions{App: "test"}); err != nil {
		t.Fatal(err)
	}

	t.Run("into another database", func(t *testing.T) {
		to, _ := openStore(t)
		f, err := programme.ReadFile(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := to.ImportNew(f)
		if err != nil {
			t.Fatal(err)
		}
		stored, _ := to.Load(got.ID)
		if !reflect.DeepEqual(stored, want) {
			t.Errorf("imported programme differs: %v", changeKeys(programme.Compare(want, stored)))
		}
		base, err := to.ExchangeBase(got.ID)
		if err != nil || !reflect.DeepEqual(base, want) {
			t.Errorf("exchange base after import: %v", err)
		}
	})
	t.Run("into the same database", func(t *testing.T) {
		f, _ := programme.ReadFile(bytes.NewReader(buf.Bytes()))
		got, err := from.ImportNew(f)
		if err != nil {
			t.Fatal(err)
		}
		if got.ID == p.ID {
			t.Fatal("import over an existing ID did not get a new ID")
		}
		stored, _ := from.Load(got.ID)
		stored.ID = want.ID
		if !reflect.DeepEqual(stored, want) {
			t.Errorf("imported copy differs: %v", changeKeys(programme.Compare(want, stored)))
		}
		if orig, _ := from.Load(p.ID); !reflect.DeepEqual(orig, want) {
			t.Error("importing a copy changed the original")
		}
	})
}

// TestTwoLaptops plays the working group's exchange: one member sends the
// programme, both edit, the other sends it back, and it is merged.
func TestTwoLaptops(t *testing.T) {
	liisa, _ := openStore(t)
	matti, _ := openStore(t)
	p := rich()
	if err := liisa.Save(p); err != nil {
		t.Fatal(err)
	}
	send := func(from *programme.Store, id string) *programme.File {
		t.Helper()
		var buf bytes.Buffer
		if err := from.ExportFile(id, &buf, programme.WriteOptions{Gzip: true}); err != nil {
			t.Fatal(err)
		}
		f, err := programme.ReadFile(&buf)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	mp, err := matti.ImportNew(send(liisa, p.ID))
	if err != nil {
		t.Fatal(err)
	}
	if mp.ID != p.ID {
		t.Errorf("the copy on another laptop has ID %q, want %q", mp.ID, p.ID)
	}

	lp, _ := liisa.Load(p.ID)
	lp.Goals[0].Title = "Liisan otsikko"
	lp.Cooperation.Schedule = "Liisan aikataulu"
	if _, err := lp.AddComment("step:goals", "Liisa", "Katsotko mittarit?", t0); err != nil {
		t.Fatal(err)
	}
	if err := liisa.Save(lp); err != nil {
		t.Fatal(err)
	}
	mp.Goals[1].Title = "Matin otsikko"
	mp.Cooperation.Schedule = "Matin aikataulu"
	if _, err := mp.AddComment("step:situation", "Matti", "Tilastot päivitetty", t0); err != nil {
		t.Fatal(err)
	}
	if err := matti.Save(mp); err != nil {
		t.Fatal(err)
	}

	f := send(matti, mp.ID)
	if f.Base == nil {
		t.Fatal("the file does not carry the common version")
	}
	m, err := liisa.PrepareMerge(p.ID, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Conflicts) != 1 || m.Conflicts[0].Path != "cooperation/schedule" {
		t.Fatalf("conflicts %+v", m.Conflicts)
	}
	if err := m.Resolve("cooperation/schedule", programme.Ours); err != nil {
		t.Fatal(err)
	}
	if _, _, err := liisa.ApplyMerge(p.ID, m); err != nil {
		t.Fatal(err)
	}
	// Opening the same file again finds nothing left to decide.
	again, err := liisa.PrepareMerge(p.ID, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Conflicts) != 0 {
		t.Errorf("the same file merged twice asks again: %+v", again.Conflicts)
	}
	got, _ := liisa.Load(p.ID)
	if got.Goals[0].Title != "Liisan otsikko" || got.Goals[1].Title != "Matin otsikko" || got.Cooperation.Schedule != "Liisan aikataulu" || len(got.Comments) != 3 {
		t.Errorf("merged: goals %q %q schedule %q comments %d", got.Goals[0].Title, got.Goals[1].Title, got.Cooperation.Schedule, len(got.Comments))
	}

	// Matti gets the merged programme back: it merges without conflicts,
	// since the file's base is his own last version.
	back := send(liisa, p.ID)
	m2, err := matti.PrepareMerge(p.ID, back)
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.Conflicts) != 0 {
		t.Fatalf("merging back gave conflicts: %+v", m2.Conflicts)
	}
	if _, _, err := matti.ApplyMerge(p.ID, m2); err != nil {
		t.Fatal(err)
	}
	mgot, _ := matti.Load(p.ID)
	sameContent(t, "Matti's copy after merging back", mgot, got)
	if !strings.Contains(mgot.Goals[0].Title, "Liisan") {
		t.Errorf("Matti lacks Liisa's edit: %q", mgot.Goals[0].Title)
	}
}

// FuzzReadFile feeds ReadFile broken variants of a real file: it must refuse
// or accept them without panicking, and what it accepts must be usable by
// the code that compares, merges and stores programmes.
func FuzzReadFile(f *testing.F) {
	valid := writeFileF(rich())
	f.Add(valid)
	f.Add(gzipped(valid))
	f.Add([]byte(`{"format":"kotoutus","version":1,"schema":1,"programme":{"id":"a","templateId":"kotouttamisohjelma","items":{"x":null}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := programme.ReadFile(bytes.NewReader(data))
		if err != nil {
			return
		}
		p := file.Programme
		programme.Compare(rich(), p)
		m := programme.NewMerge(file.Base, rich(), p)
		m.ResolveAll(programme.Theirs)
		if _, err := m.Result(); err != nil {
			t.Fatal(err)
		}
		if _, err := programme.Encode(p); err != nil {
			t.Fatal(err)
		}
	})
}

func writeFileF(p *programme.Programme) []byte {
	var buf bytes.Buffer
	if err := programme.WriteFile(&buf, p, programme.WriteOptions{Now: t0}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
