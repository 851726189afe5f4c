package programme

// demoCooperation fills the example programme's cooperation content.
func demoCooperation(p *Programme) {}
