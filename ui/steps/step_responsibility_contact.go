package steps

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

// contactFields is the form of one contact person. It reads the contact
// through read and changes it through write, so the same form serves the
// lead and the ELY contact (fields of the step) and rows of a list.
type contactFields struct {
	name, title, org, email, phone *widget.Entry
	form                           *widget.Form
}

func newContactFields(read func() *programme.Contact, write func(func(c *programme.Contact))) *contactFields {
	f := &contactFields{}
	text := func(ph string, get func(c *programme.Contact) string, set func(c *programme.Contact, v string)) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(ph)
		if c := read(); c != nil {
			e.SetText(get(c))
		}
		g := &textGuard{
			check: fieldCheck, revert: e.SetText,
			stored: func() string {
				if c := read(); c != nil {
					return get(c)
				}
				return ""
			},
			store: func(s string) { write(func(c *programme.Contact) { set(c, s) }) },
		}
		e.OnChanged = g.changed
		return e
	}
	// checked stores the text only once it passes check; until then the
	// entry keeps what was typed and shows why it is not accepted.
	checked := func(ph string, check func(string) error, msg string, get func(c *programme.Contact) string, set func(c *programme.Contact, v string)) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(ph)
		if c := read(); c != nil {
			e.SetText(get(c))
		}
		e.Validator = func(s string) error {
			if check(s) != nil {
				return i18n.Message{Text: msg}
			}
			return nil
		}
		e.OnChanged = func(s string) {
			if check(s) == nil {
				write(func(c *programme.Contact) { set(c, strings.TrimSpace(s)) })
			}
		}
		return e
	}
	f.name = text(lang.L("responsibility.contact.namePlaceholder"),
		func(c *programme.Contact) string { return c.Name }, func(c *programme.Contact, v string) { c.Name = v })
	f.title = text(lang.L("responsibility.contact.titlePlaceholder"),
		func(c *programme.Contact) string { return c.Title }, func(c *programme.Contact, v string) { c.Title = v })
	f.org = text(lang.L("responsibility.contact.organisationPlaceholder"),
		func(c *programme.Contact) string { return c.Organisation }, func(c *programme.Contact, v string) { c.Organisation = v })
	f.email = checked(lang.L("responsibility.contact.emailPlaceholder"), programme.CheckEmail, lang.L("responsibility.contact.badEmail"),
		func(c *programme.Contact) string { return c.Email }, func(c *programme.Contact, v string) { c.Email = v })
	f.phone = checked(lang.L("responsibility.contact.phonePlaceholder"), programme.CheckPhone, lang.L("responsibility.contact.badPhone"),
		func(c *programme.Contact) string { return c.Phone }, func(c *programme.Contact, v string) { c.Phone = v })
	f.form = newForm(
		widget.NewFormItem(lang.L("responsibility.contact.name"), f.name),
		widget.NewFormItem(lang.L("responsibility.contact.title"), f.title),
		widget.NewFormItem(lang.L("responsibility.contact.organisation"), f.org),
		widget.NewFormItem(lang.L("responsibility.contact.email"), f.email),
		widget.NewFormItem(lang.L("responsibility.contact.phone"), f.phone),
	)
	return f
}

// contactRows is the row editor's description of a list of contacts (the
// further contacts or the external experts).
func contactRows(list func(p *programme.Programme) *[]programme.Contact, empty, add string, onChange func()) rowSpec[programme.Contact] {
	return rowSpec[programme.Contact]{
		Rows:  list,
		ID:    func(c *programme.Contact) string { return c.ID },
		Title: func(c *programme.Contact) string { return c.Name },
		Detail: func(c *programme.Contact) string {
			return joinNonEmpty(" · ", c.Title, c.Organisation)
		},
		New: programme.NewContact,
		Form: func(f *rowForm[programme.Contact]) fyne.CanvasObject {
			return newContactFields(f.Row, f.Edit).form
		},
		Empty:    empty,
		AddLabel: add,
		OnChange: onChange,
	}
}

// joinNonEmpty joins the parts that are not blank.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
