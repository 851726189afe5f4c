package i18n

import (
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"fi.kotoutus/kotoutus/internal/atomicfile"
	"fi.kotoutus/kotoutus/programme"
)

func TestDescribeSaysWhatAndWhatToDo(t *testing.T) {
	Setup("fi")
	path := "/home/koordinaattori/ohjelma.pdf"
	cases := []struct {
		err  error
		want []string
	}{
		{fmt.Errorf("open x: %w", programme.ErrLocked), []string{"jo auki", "Sulje"}},
		{fmt.Errorf("save: %w", programme.ErrDiskFull), []string{"täynnä", "tallessa"}},
		{&fs.PathError{Op: "create", Path: path, Err: syscall.ENOENT}, []string{"/home/koordinaattori", "ei löydy"}},
		{&fs.PathError{Op: "create", Path: path, Err: syscall.EACCES}, []string{"/home/koordinaattori", "kirjoitusoikeus"}},
		{&fs.PathError{Op: "open", Path: path, Err: syscall.ENOENT}, []string{path, "ei löydy"}},
		{&fs.PathError{Op: "open", Path: path, Err: syscall.EACCES}, []string{path, "ei voi lukea"}},
		{&fs.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}, []string{path, "Vapauta levytilaa"}},
		{&fs.PathError{Op: "write", Path: path, Err: atomicfile.ErrIsDir}, []string{path, "kansio"}},
		{fmt.Errorf("something odd"), []string{"something odd", "Yritä uudelleen"}},
		{fmt.Errorf("logo: %w", programme.ErrNotImage), []string{"PNG", "JPEG"}},
		{fmt.Errorf("logo: %w", programme.ErrBadImage), []string{"vaurioitunut", "Tallenna kuva uudelleen"}},
		{fmt.Errorf("logo: %w", programme.ErrLogoTooSmall), []string{"16 pikseliä"}},
		{&programme.LimitError{Limit: "MaxLogoSide", Max: programme.MaxLogoSide}, []string{"2\u00a0048 pikseliä", "Pienennä"}},
		{&programme.LimitError{Limit: "MaxLogoFileBytes", Max: programme.MaxLogoFileBytes}, []string{"2\u00a0048 kt"}},
		{fmt.Errorf("import: %w", Message{Text: "Valmis lause.", Err: syscall.ENOENT}), []string{"Valmis lause."}},
	}
	for _, c := range cases {
		got := Describe(c.err)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("Describe(%v) = %q, lacks %q", c.err, got, w)
			}
		}
		if strings.Count(got, "{{") > 0 || strings.HasPrefix(got, "error.") {
			t.Errorf("Describe(%v) = %q: untranslated", c.err, got)
		}
	}
}

func TestDescribeKeepsReadyMessages(t *testing.T) {
	err := fmt.Errorf("import: %w", Message{Text: "Valmis lause.", Err: syscall.ENOENT})
	if got := Describe(err); got != "Valmis lause." {
		t.Errorf("Describe of a ready message = %q", got)
	}
}

func TestDescribeNamesTheLimit(t *testing.T) {
	Setup("fi")
	err := programme.CheckDraft(strings.Repeat("- kohta\n", programme.MaxListItems+1))
	if got := Describe(fmt.Errorf("paste: %w", err)); !strings.Contains(got, "luettelon kohtia") || !strings.Contains(got, "2\u00a0000") {
		t.Errorf("Describe(list limit) = %q", got)
	}
	for _, e := range []error{programme.ErrFileInvalid, programme.ErrBadText, programme.ErrNoDatabase, programme.ErrDamagedRecord, programme.ErrAlreadyImported} {
		if got := Describe(fmt.Errorf("x: %w", e)); strings.Contains(got, "store.") || strings.Contains(got, e.Error()) {
			t.Errorf("Describe(%v) = %q: untranslated or raw", e, got)
		}
	}
}
