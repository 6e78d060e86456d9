package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
)

// BenchmarkStart compares a start without the snapshot (cold) and with it
// (warm), side by side, on generated corpora of realistic length: the load
// alone, and the load with the store built over it, as the app and the
// commands start, and a warm start after one file changed (it saves the
// snapshot too). live-MB is the heap held once the start is done. The
// corpus of 100,000 is left out with -short.
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
				warmLoad(b, cacheDir, dir)
			}
		}
		cold := func(b *testing.B) *articles.Loaded {
			loaded, err := articles.Load(context.Background(), []string{dir}, nil)
			if err != nil || len(loaded.Articles) != n {
				b.Fatalf("cold: %v, %d articles", err, len(loaded.Articles))
			}
			return loaded
		}
		warm := func(b *testing.B) *articles.Loaded {
			c := Open(cacheDir, []string{dir})
			loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
			if err != nil || len(loaded.Articles) != n {
				b.Fatalf("warm: %v, %d articles", err, len(loaded.Articles))
			}
			if r, p := c.Counts(); r != n || p != 0 {
				b.Fatalf("warm: reused %d, parsed %d", r, p)
			}
			return loaded
		}
		// touched is a warm start after one file of n changed: it parses
		// that one alone.
		touches := 0
		touched := func(b *testing.B) *articles.Loaded {
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
			if err := c.Save(); err != nil {
				b.Fatal(err)
			}
			return loaded
		}
		for _, kind := range []struct {
			name string
			load func(*testing.B) *articles.Loaded
		}{{"cold", cold}, {"warm", warm}, {"one-touched", touched}} {
			for _, withStore := range []bool{false, true} {
				name := fmt.Sprintf("n=%d/%s/load", n, kind.name)
				if withStore && kind.name == "one-touched" {
					continue
				}
				if withStore {
					name += "+store"
				}
				b.Run(name, func(b *testing.B) {
					setup(b)
					b.ReportAllocs()
					var keep any
					for b.Loop() {
						loaded := kind.load(b)
						keep = loaded
						if withStore {
							keep = store.New(loaded.Articles)
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
