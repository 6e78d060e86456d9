package cache

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"dateline/articles"
)

// BenchmarkColdMemory measures the heap a cold start holds at its peak, as
// a multiple of the corpus's bytes: a load with no snapshot, the store
// over it, and the snapshot saved, as `dateline list` does. peak-live/B is
// the most the heap held live at any collection, with collections made
// frequent (GOGC=5) so that the peak is seen; it is the floor under the
// resident set whatever the collector's policy. The corpus of 100,000 is
// left out with -short.
func BenchmarkColdMemory(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := writeCorpus(b, n)
			b.ReportAllocs()
			var peak, bytes uint64
			for b.Loop() {
				cacheDir := b.TempDir()
				var loaded *articles.Loaded
				p := peakLive(func() {
					c := Open(cacheDir, []string{dir})
					var err error
					loaded, err = articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
					if err != nil || len(loaded.Articles) != n {
						b.Fatalf("cold: %v, %d articles", err, len(loaded.Articles))
					}
					c.Store(loaded.Articles)
					if err := c.Save(); err != nil {
						b.Fatal(err)
					}
					if reused, parsed := c.Counts(); reused != 0 || parsed != n {
						b.Fatalf("cold: reused %d, parsed %d", reused, parsed)
					}
				})
				peak, bytes = max(peak, p), uint64(loaded.Bytes)
			}
			b.ReportMetric(float64(peak)/float64(bytes), "peak-live/B")
			b.ReportMetric(float64(peak)/(1<<20), "peak-live-MB")
		})
	}
}

// peakLive runs f with frequent collections and returns the most the heap
// held live at any of them, beyond what it held before f.
func peakLive(f func()) uint64 {
	old := debug.SetGCPercent(5)
	defer debug.SetGCPercent(old)
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()

	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(200 * time.Microsecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	})
	f()
	runtime.GC() // what f left live counts too
	close(stop)
	wg.Wait()
	metrics.Read(sample)
	peak = max(peak, sample[0].Value.Uint64())
	if peak < base {
		return 0
	}
	return peak - base
}
