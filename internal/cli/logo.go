package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"fi.kotoutus/kotoutus/export"
	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// cmdLogo shows or sets the municipality's logo or crest on the
// document's title page: kotoutus logo --programme ID [--set FILE |
// --remove] [--alt TEXT]. The file is a PNG or JPEG within the limits of
// programme.NewLogo; a file refused changes nothing. --alt sets the
// alternative text ("" goes back to the default "<kunta> – vaakuna").
func cmdLogo(c *cli, args []string) error {
	fl := newProgrammeFlags("logo")
	set := fl.String("set", "", "")
	remove := fl.Bool("remove", false, "")
	alt := fl.String("alt", "", "")
	id, err := fl.parse(args)
	if err != nil {
		return err
	}
	altGiven := false
	fl.Visit(func(f *flag.Flag) {
		if f.Name == "alt" {
			altGiven = true
		}
	})
	if *set != "" && *remove {
		return usageError{i18n.L("logo.setOrRemove")}
	}
	var logo *programme.Logo
	if *set != "" {
		if logo, err = readLogo(*set); err != nil {
			return i18n.Message{Text: i18n.Describe(err), Err: err}
		}
	}
	writing := *set != "" || *remove || altGiven
	load := c.loadProgramme
	if writing {
		load = c.loadForWriting
	}
	s, p, _, err := load(id)
	if err != nil {
		return err
	}
	defer s.Close()
	if writing {
		switch {
		case *remove:
			p.Document.SetLogo(nil)
		case logo != nil:
			p.Document.SetLogo(logo)
		}
		if altGiven {
			if err := p.Document.SetLogoAlt(*alt); err != nil {
				return i18n.Message{Text: i18n.Describe(err), Err: err}
			}
		}
		if err := s.Save(p); err != nil {
			return err
		}
	}
	fmt.Fprintln(c.stdout, LogoText(p))
	return nil
}

// readLogo reads at most one byte more than a logo file may have, so a
// huge file (or a device) is refused without reading it all.
func readLogo(path string) (*programme.Logo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, programme.MaxLogoFileBytes+1))
	if err != nil {
		return nil, &os.PathError{Op: "read", Path: path, Err: err}
	}
	return programme.NewLogo(data, path)
}

// LogoText says in one Finnish sentence whether the programme has a logo,
// its size and its alternative text.
func LogoText(p *programme.Programme) string {
	l := p.Document.Logo
	if l == nil {
		return i18n.L("logo.none")
	}
	return i18n.L("logo.shown", map[string]any{"Name": l.Name, "Width": l.Width, "Height": l.Height, "Alt": export.LogoAlt(p, "fi")})
}
