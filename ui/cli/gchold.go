package cli

import (
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"dateline/store/cache"
	"dateline/ui"
)

// gcHold keeps the garbage collector off while a warm start draws its
// first frame. Such a start allocates little that it will not keep (at
// 10,000 files, the app's peak RSS is 52 MB with the collector and 57 MB
// without), but with the collector on, the heap's growth from nothing
// costs a collection at every doubling, each marking what the decode has
// built so far on a processor the decode wants: taken out, the first frame
// came 40–60 ms sooner (tmux, 10,000 files, 2 cores).
//
// A memory limit stays as a ceiling: the heap may grow by twice the
// snapshot's size plus holdSlack before the collector runs anyway, so a
// snapshot that turns out stale, and files that must be parsed after all,
// are collected as usual (and release is called as soon as the load has
// parsed anything). The ceiling must sit well above what the start
// keeps: a collector that runs whenever the heap is at its limit made a
// warm start at 100,000 files take 18 s instead of 1.7 s when the ceiling
// was half the snapshot's size. At twice it, the same start (a 458 MB
// snapshot) drew its first frame in 0.36 s instead of 0.51, at the same
// peak RSS. A snapshot over holdMax gets no hold, so that no start lets
// its heap reach gigabytes before it collects.
type gcHold struct {
	once    sync.Once
	percent int   // the GC percent before the hold
	limit   int64 // the memory limit before the hold
}

// holdSlack is what the heap may grow by during a hold, beyond twice the
// snapshot's size; holdMax is the largest snapshot a start holds for
// (46 MB at 10,000 files, 458 MB at 100,000 with its index).
const (
	holdSlack = 64 << 20
	holdMax   = 1 << 30
)

// holdGC starts a hold for a start over dirs, or returns nil (a hold that
// does nothing) when there is no snapshot of them to start from, or one
// over holdMax.
func holdGC(dirs []string) *gcHold {
	size := cache.Size(cache.Dir(), dirs)
	if size == 0 || size > holdMax {
		return nil
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms) // at start-up the heap is small: a short pause
	h := &gcHold{limit: debug.SetMemoryLimit(-1)}
	ceiling := int64(ms.Sys-ms.HeapReleased) + 2*size + holdSlack
	if ceiling < h.limit {
		debug.SetMemoryLimit(ceiling)
	}
	h.percent = debug.SetGCPercent(-1)
	return h
}

// release ends the hold, once; the collector is as it was before it.
func (h *gcHold) release() {
	if h == nil {
		return
	}
	h.once.Do(func() {
		debug.SetGCPercent(h.percent)
		debug.SetMemoryLimit(h.limit)
	})
}

// firstFrame waits until the app's first frame has been written (drawn,
// and the renderer's tick after it), and reports true; or until done is
// closed, and reports false; or, for a terminal that never gives the app a
// size to draw at, until firstFrameWait has passed, and reports true.
func firstFrame(m *ui.Model, done <-chan struct{}) bool {
	t := time.NewTimer(firstFrameWait)
	defer t.Stop()
	select {
	case <-m.Drawn():
	case <-t.C:
		return true
	case <-done:
		return false
	}
	select {
	case <-time.After(time.Second / ui.FPS):
		return true
	case <-done:
		return false
	}
}

// firstFrameWait is the longest the work kept for after the first frame
// waits for it.
const firstFrameWait = time.Second
