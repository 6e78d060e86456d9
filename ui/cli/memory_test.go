package cli

import (
	"math"
	"runtime/debug"
	"testing"

	"dateline/articles/articlestest"
)

// TestHeapPolicy: list, show, countries and mark hold their heap to a
// memory limit from the bytes they list, never under the floor; search
// and the app, whose index lives on, set none, and neither does a
// command when GOMEMLIMIT is set.
func TestHeapPolicy(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old); capsHeap.Store(false) })
	capsHeap.Store(true)
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 20)
	limitAfter := func(args ...string) int64 {
		t.Helper()
		debug.SetMemoryLimit(math.MaxInt64)
		if code, _, stderr := runCLI(t, append(args, "--no-state", "-d", dir)...); code != 0 {
			t.Fatalf("%v: status %d: %s", args, code, stderr)
		}
		return debug.SetMemoryLimit(-1)
	}
	for _, args := range [][]string{{"list", "--json"}, {"countries"}} {
		if got := limitAfter(args...); got != heapFloor {
			t.Errorf("%v: memory limit %d, want the floor %d", args, got, heapFloor)
		}
	}
	if got := limitAfter("search", "potash"); got != math.MaxInt64 {
		t.Errorf("search: memory limit %d, want none", got)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	if got := limitAfter("list"); got != math.MaxInt64 {
		t.Errorf("list with GOMEMLIMIT: memory limit %d, want it left alone", got)
	}

	for _, tt := range []struct{ bytes, want int64 }{
		{0, heapFloor},
		{-5, heapFloor},
		{10 << 20, heapFloor},
		{100 << 20, 160 << 20},
		{math.MaxInt64, math.MaxInt64},
	} {
		if got := memoryLimit(tt.bytes); got != tt.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tt.bytes, got, tt.want)
		}
	}
}
