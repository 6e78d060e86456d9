//go:build unix

package cli

import (
	"os"
	"syscall"
)

// stopSignals suspend the app; ctrl+z in a terminal not in raw mode, or a
// kill -TSTP, sends SIGTSTP.
var stopSignals = []os.Signal{syscall.SIGTSTP}

// stopProcessGroup stops the process group, as SIGTSTP's default action
// would have.
func stopProcessGroup() { _ = syscall.Kill(0, syscall.SIGSTOP) }
