package programme

// The IDs of the checklist's seven steps. Both templates use them, and
// the Programme fields holding each step's content have them as JSON names.
const (
	StepResponsibility = "responsibility"
	StepCooperation    = "cooperation"
	StepSituation      = "situation"
	StepGoals          = "goals"
	StepDocument       = "document"
	StepMonitoring     = "monitoring"
	StepCommunication  = "communication"
)
