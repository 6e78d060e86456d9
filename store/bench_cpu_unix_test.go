//go:build unix

package store

import "syscall"

// cpuTime returns the CPU time the process has used so far, in
// nanoseconds, over every core: unlike the time on the clock it leaves out
// what other processes on the machine take.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
