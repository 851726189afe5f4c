package programme

// demoMonitoring fills the example programme's monitoring content.
func demoMonitoring(p *Programme) {}
