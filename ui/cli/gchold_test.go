package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"dateline/articles/articlestest"
	"dateline/store/cache"
)

// TestGCHold: a start over folders with a snapshot holds the collector
// (GC percent off, a memory limit as the ceiling) and release gives back
// the settings it found, once; a start with no snapshot, or with one over
// holdMax, holds nothing.
func TestGCHold(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 20)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	before, limit := debug.SetGCPercent(-1), debug.SetMemoryLimit(-1)
	debug.SetGCPercent(before)

	if h := holdGC([]string{dir}); h != nil {
		t.Fatalf("a hold with no snapshot: %+v", h)
	}
	if got := debug.SetGCPercent(before); got != before {
		t.Fatalf("GC percent %d without a snapshot, want %d", got, before)
	}
	runCLI(t, "list", "-d", dir) // writes the snapshot
	size := cache.Size(cache.Dir(), []string{dir})
	if size == 0 {
		t.Fatal("no snapshot after a list")
	}
	h := holdGC([]string{dir})
	if h == nil {
		t.Fatal("no hold with a snapshot")
	}
	held := debug.SetGCPercent(-1)
	heldLimit := debug.SetMemoryLimit(-1)
	if held != -1 {
		t.Errorf("GC percent %d during the hold, want -1 (off)", held)
	}
	if heldLimit >= limit || heldLimit < 2*size+holdSlack {
		t.Errorf("memory limit %d during the hold: want a ceiling below %d and above %d", heldLimit, limit, 2*size+holdSlack)
	}
	h.release()
	h.release()
	if got := debug.SetGCPercent(before); got != before {
		t.Errorf("GC percent %d after release, want %d", got, before)
	}

	// The same snapshot grown past holdMax (a sparse file): no hold.
	snaps, err := filepath.Glob(filepath.Join(cache.Dir(), "articles-*.snap"))
	if err != nil || len(snaps) != 1 {
		t.Fatalf("snapshots %v: %v", snaps, err)
	}
	if err := os.Truncate(snaps[0], holdMax+1); err != nil {
		t.Fatal(err)
	}
	if h := holdGC([]string{dir}); h != nil {
		h.release()
		t.Fatalf("a hold for a snapshot of %d bytes, over holdMax", holdMax+1)
	}
	if got := debug.SetGCPercent(before); got != before {
		t.Errorf("GC percent %d after release, want %d", got, before)
	}
	if got := debug.SetMemoryLimit(-1); got != limit {
		t.Errorf("memory limit %d after release, want %d", got, limit)
	}
}
