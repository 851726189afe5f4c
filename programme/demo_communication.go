package programme

// demoCommunication fills the example programme's communication content.
func demoCommunication(p *Programme) {}
