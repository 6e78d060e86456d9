package cli

import (
	"math"
	"os"
	"runtime/debug"
	"sync/atomic"

	"github.com/spf13/cobra"
)

// The collector's policy for a command that prints and exits without a
// search index (list, show, countries, mark). By default the collector
// lets the heap grow to twice what is live before it collects, and keeps
// the memory it freed for a while: a cold start over a large folder
// peaks at about twice its live heap. These commands set a soft memory
// limit from the bytes of the files the load lists, before it reads
// them: the collector then collects sooner, and gives freed memory back
// sooner, as the limit nears. Their live heap is well under it (the
// articles' fields and counts, their text being in the snapshot or the
// spool, see articles.Spool), so the collector never runs for long.
//
// The app and search set none: their search index lives as long as they
// do and can pass any such limit, and then the collector would run all
// the time. A GOMEMLIMIT in the environment is the user's, and stays.
const (
	heapShare = 1.6      // of the listed bytes
	heapFloor = 32 << 20 // bytes: a small load is never held to less
)

// capsHeap says whether the policy is in force: Main sets it for the
// process it runs; the tests, which run commands in their own process,
// keep their collector as it is unless they set it.
var capsHeap atomic.Bool

// holdsNoIndex reports whether cmd is one of the commands the policy is
// for.
func holdsNoIndex(cmd *cobra.Command) bool {
	switch cmd.Name() {
	case "list", "show", "countries", "mark":
		return true
	}
	return false
}

// capHeap sets the soft memory limit for a load of files of the given
// bytes, unless GOMEMLIMIT sets one.
func capHeap(bytes int64) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	debug.SetMemoryLimit(memoryLimit(bytes))
}

// memoryLimit is the limit for a load of files of the given bytes.
func memoryLimit(bytes int64) int64 {
	limit := heapShare * float64(max(bytes, 0))
	if limit >= math.MaxInt64/2 {
		return math.MaxInt64
	}
	return max(heapFloor, int64(limit))
}
