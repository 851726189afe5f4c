package programme

import "fi.kotoutus/kotoutus/checklist"

// demoDocument fills the example programme's document drafts.
func demoDocument(p *Programme, tpl *checklist.Template) {}
