package programme

// demoGoals fills the example programme's goals content.
func demoGoals(p *Programme) {}
