package programme

import "fi.kotoutus/kotoutus/checklist"

// missingCooperation lists what the step's content still lacks.
func missingCooperation(p *Programme, tpl *checklist.Template) []Finding { return nil }
