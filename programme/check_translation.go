package programme

import "fi.kotoutus/kotoutus/checklist"

// translationFindings reports, for each further document language, how
// many texts lack their translation and how many were translated from an
// earlier main text. One finding per language and kind rather than one per
// text: a new language starts with every text missing, and the Käännökset
// page lists them one by one. The key names the language, since a
// sentence cannot take a language's name from a code.
func translationFindings(p *Programme, _ *checklist.Template) []Finding {
	var out []Finding
	for _, l := range p.FurtherLanguages() {
		st := p.TranslationStatus(l)
		if n := len(st.Missing); n > 0 {
			out = append(out, Finding{
				Code: "document.translationMissing", Key: "check.document.translationMissing." + l,
				Args: map[string]any{"Language": l, "Count": n, "Total": st.Total},
			})
		}
		if n := len(st.Stale); n > 0 {
			out = append(out, Finding{
				Code: "document.translationStale", Key: "check.document.translationStale." + l,
				Args: map[string]any{"Language": l, "Count": n, "Total": st.Total},
			})
		}
	}
	return out
}
