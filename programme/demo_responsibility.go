package programme

// demoResponsibility fills the example programme's responsibility content.
func demoResponsibility(p *Programme) {}
