package cli

import (
	"fmt"
	"strings"

	"fi.kotoutus/kotoutus/checklist"
	"fi.kotoutus/kotoutus/internal/i18n"
)

// cmdConvert moves a programme to another template (by default the 2025
// planning template), snapshotting it first, and lists what found no place.
func cmdConvert(c *cli, args []string) error {
	fl := newProgrammeFlags("convert")
	to := fl.String("to", checklist.PlanningID, "")
	id, err := fl.parse(args)
	if err != nil {
		return err
	}
	tpl, err := checklist.Get(*to)
	if err != nil {
		return usageError{i18n.L("cli.unknownTemplate", map[string]any{"ID": *to, "IDs": strings.Join(checklist.IDs(), ", ")})}
	}
	s, _, _, err := c.loadForWriting(id)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := s.Convert(id, tpl)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, i18n.L("convert.done", map[string]any{"Template": tpl.Name.In(i18n.Language()), "Snapshot": p.Conversion.Snapshot}))
	if len(p.Conversion.Unplaced) == 0 {
		fmt.Fprintln(c.stdout, i18n.L("convert.allPlaced"))
		return nil
	}
	fmt.Fprintln(c.stdout, i18n.L("convert.unplacedHead", map[string]any{"Count": len(p.Conversion.Unplaced)}))
	for _, u := range p.Conversion.Unplaced {
		line := u.Label
		if u.Where != "" {
			line += " (" + u.Where + ")"
		}
		fmt.Fprintf(c.stdout, "- %s: %s\n", line, u.Reason)
	}
	return nil
}
