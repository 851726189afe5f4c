package main

import (
	"testing"
	"time"
)

// TestProcessStart: the kernel's start time of this test process lies
// before main was initialised and not long before now.
func TestProcessStart(t *testing.T) {
	got := processStart()
	if got.After(mainEntered.Add(20 * time.Millisecond)) {
		t.Errorf("process start %v is after main was entered (%v)", got, mainEntered)
	}
	if time.Since(got) > time.Hour {
		t.Errorf("process start %v is over an hour ago", got)
	}
}
