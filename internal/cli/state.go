package cli

import (
	"fmt"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// cmdState shows or sets the document's stage: kotoutus state --programme
// ID [--set draft|proposal|adopted] [--body BODY] [--date D.M.YYYY]
// [--section N]. Without --set it prints the stage. An adoption needs the
// body and the day of the decision; it also marks the decision done in the
// decision path of step 1.
func cmdState(c *cli, args []string) error {
	fl := newProgrammeFlags("state")
	set := fl.String("set", "", "")
	body := fl.String("body", "", "")
	date := fl.String("date", "", "")
	paragraph := fl.String("section", "", "")
	id, err := fl.parse(args)
	if err != nil {
		return err
	}
	var a programme.Adoption
	if *set != "" {
		st, err := programme.ParseDocStatus(*set)
		if err != nil {
			return usageError{i18n.L("state.badSet", map[string]any{"Value": *set})}
		}
		d, err := programme.ParseDate(*date)
		if err != nil {
			return usageError{i18n.L("state.badDate", map[string]any{"Value": *date})}
		}
		a = programme.Adoption{Status: st, Body: *body, Date: d, Paragraph: *paragraph}
	} else if *body != "" || *date != "" || *paragraph != "" {
		return usageError{i18n.L("state.needSet")}
	}

	load := c.loadProgramme // showing the state only reads
	if *set != "" {
		load = c.loadForWriting
	}
	s, p, _, err := load(id)
	if err != nil {
		return err
	}
	defer s.Close()
	if *set != "" {
		if err := p.SetAdoption(a); err != nil {
			return i18n.Message{Text: i18n.Describe(err), Err: err}
		}
		if err := s.Save(p); err != nil {
			return err
		}
	}
	fmt.Fprintln(c.stdout, StateText(p.Adoption))
	return nil
}

// StateText says a document stage in one Finnish sentence.
func StateText(a programme.Adoption) string {
	data := map[string]any{"Body": a.Body, "Date": a.Date.Format(i18n.Language()), "Section": a.Paragraph}
	switch a.Stage() {
	case programme.DocAdopted:
		if a.Paragraph != "" {
			return i18n.L("state.adoptedSection", data)
		}
		return i18n.L("state.adopted", data)
	case programme.DocProposal:
		switch {
		case a.Body != "" && !a.Date.IsZero():
			return i18n.L("state.proposalDated", data)
		case a.Body != "":
			return i18n.L("state.proposalTo", data)
		}
		return i18n.L("state.proposal")
	}
	return i18n.L("state.draft")
}
