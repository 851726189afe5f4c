package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// mainEntered is when package main was initialised, after every package
// it imports: the fallback start time where the kernel's is unknown.
var mainEntered = time.Now()

// processStart returns when the kernel started this process (Linux: field
// 22 of /proc/self/stat, in clock ticks after boot, assumed 100 a second),
// so that --trace-startup counts loading the binary and initialising the
// packages too; elsewhere it returns mainEntered.
func processStart() time.Time {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return mainEntered
	}
	uptime, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return mainEntered
	}
	// The command name in parentheses may hold spaces: count from its end.
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	up := strings.Fields(string(uptime))
	if len(fields) < 20 || len(up) == 0 {
		return mainEntered
	}
	ticks, err1 := strconv.ParseFloat(fields[19], 64)
	secs, err2 := strconv.ParseFloat(up[0], 64)
	if err1 != nil || err2 != nil {
		return mainEntered
	}
	return time.Now().Add(-time.Duration((secs - ticks/100) * float64(time.Second)))
}
