package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
	"dateline/ui"
)

// BenchmarkStart compares a start without the snapshot (cold) and with it
// (warm), side by side, on generated corpora of realistic length: the load
// alone; the load and the store over it with its index ready to search
// (cold and one-touched build it, warm reads the snapshot's in place); and
// the load, the store and the app's first frame at 120×40, as the app
// starts (which builds a missing index in the background). one-touched is
// a warm start after one file changed: it parses that file, and saves the
// snapshot. live-MB is the heap held once the start is done. The corpus of
// 100,000 is left out with -short.
func BenchmarkStart(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		var dir, cacheDir string
		parent := b
		// The corpus is written once, for every sub-benchmark that runs,
		// and only if one does.
		setup := func(b *testing.B) {
			if dir == "" {
				dir, cacheDir = writeCorpus(parent, n), parent.TempDir()
				warmStart(b, cacheDir, dir)
			}
		}
		cold := func(b *testing.B) (*articles.Loaded, *Cache) {
			loaded, err := articles.Load(context.Background(), []string{dir}, nil)
			if err != nil || len(loaded.Articles) != n {
				b.Fatalf("cold: %v, %d articles", err, len(loaded.Articles))
			}
			return loaded, nil
		}
		warm := func(b *testing.B) (*articles.Loaded, *Cache) {
			c := Open(cacheDir, []string{dir})
			loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
			if err != nil || len(loaded.Articles) != n {
				b.Fatalf("warm: %v, %d articles", err, len(loaded.Articles))
			}
			if r, p := c.Counts(); r != n || p != 0 {
				b.Fatalf("warm: reused %d, parsed %d", r, p)
			}
			return loaded, c
		}
		// touched is a warm start after one file of n changed: it parses
		// that one alone, and builds the index again.
		touches := 0
		touched := func(b *testing.B) (*articles.Loaded, *Cache) {
			touches++
			when := past.Add(time.Duration(touches) * time.Second)
			if err := os.Chtimes(filepath.Join(dir, "gen", "00042.txt"), when, when); err != nil {
				b.Fatal(err)
			}
			c := Open(cacheDir, []string{dir})
			loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
			if err != nil || len(loaded.Articles) != n {
				b.Fatalf("touched: %v, %d articles", err, len(loaded.Articles))
			}
			if r, p := c.Counts(); r != n-1 || p != 1 {
				b.Fatalf("touched: reused %d, parsed %d", r, p)
			}
			return loaded, c
		}
		for _, kind := range []struct {
			name string
			load func(*testing.B) (*articles.Loaded, *Cache)
		}{{"cold", cold}, {"warm", warm}, {"one-touched", touched}} {
			for _, stage := range []string{"load", "load+store", "frame"} {
				if kind.name == "one-touched" && stage == "frame" {
					continue
				}
				b.Run(fmt.Sprintf("n=%d/%s/%s", n, kind.name, stage), func(b *testing.B) {
					setup(b)
					b.ReportAllocs()
					var keep any
					for b.Loop() {
						loaded, c := kind.load(b)
						keep = loaded
						if stage == "load" {
							continue
						}
						st := store.New
						if c != nil {
							st = c.Store
						}
						s := st(loaded.Articles)
						keep = s
						if stage == "load+store" {
							s.Prepare() // the index, ready to search: built, or read in place
						}
						if c != nil && kind.name == "warm" && !c.IndexReused() {
							b.Fatal("warm: the index was built again")
						}
						if stage == "frame" {
							m, _ := ui.New(s, ui.Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
							_ = m.View()
						}
						if kind.name == "one-touched" {
							if err := c.Save(); err != nil {
								b.Fatal(err)
							}
						}
					}
					runtime.GC()
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
					runtime.KeepAlive(keep)
				})
			}
		}
	}
}
