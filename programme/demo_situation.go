package programme

// demoSituation fills the example programme's situation content.
func demoSituation(p *Programme) {}
