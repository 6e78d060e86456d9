package cli

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/articles/articlestest"
	"dateline/store"
	"dateline/store/cache"
	"dateline/ui"
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

// TestFirstFrame: firstFrame waits for the app's first View at a size,
// and gives up, reporting false, when the app ends before it.
func TestFirstFrame(t *testing.T) {
	arts, err := articles.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	m := ui.New(store.New(arts), ui.Options{})
	done := make(chan struct{})
	got := make(chan bool)
	go func() { got <- firstFrame(m, done) }()
	select {
	case r := <-got:
		t.Fatalf("firstFrame returned %v before any frame", r)
	case <-time.After(50 * time.Millisecond):
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	next.View()
	if r := <-got; !r {
		t.Error("firstFrame reported false after the first frame")
	}

	m = ui.New(store.New(arts), ui.Options{})
	go func() { got <- firstFrame(m, done) }()
	close(done)
	if r := <-got; r {
		t.Error("firstFrame reported true for an app that ended before its first frame")
	}
}
