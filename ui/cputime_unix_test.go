//go:build unix

package ui

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the test process has used, user and system:
// on a machine shared with other work, a benchmark's wall time measures
// the queue for the cores as much as the code.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
