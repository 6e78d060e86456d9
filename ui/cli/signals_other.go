//go:build !unix

package cli

import "os"

// stopSignals is empty where there is no SIGTSTP: nothing but the app
// itself suspends it.
var stopSignals []os.Signal

func stopProcessGroup() {}
