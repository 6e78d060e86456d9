package ui

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
)

// bigReader is a reader pane at 100×30 on an article whose body is one
// paragraph of text, with the title "Big".
func bigReader(tb testing.TB, body string, terms *store.Results) *readerPane {
	tb.Helper()
	p := newReaderPane(defaultKeyMap(), newStyles(true, false))
	p.SetSize(100, 30)
	p.open(&articles.Article{ID: "big", Title: "Big", Body: []articles.Paragraph{{Text: body}}}, terms)
	if work := p.work(); work != nil { // a long article: the rest of it, as the root would run it
		p.Update(work())
	}
	return p
}

func findIn(p *readerPane, q string) {
	p.startFind()
	p.find.insert(q)
	p.applyFind()
}

// TestReaderFindCapsHits checks that find holds at most maxHits hits of an
// article with many more, counts them all, and reaches every one with n
// and N, round the ends, a new window at a time.
func TestReaderFindCapsHits(t *testing.T) {
	n := 3*maxHits + 7
	p := bigReader(t, strings.Repeat("x", n), nil)
	findIn(p, "x")
	want := func(what string, at int) {
		t.Helper()
		if len(p.hits) > maxHits {
			t.Fatalf("%s: %d hits held, want at most %d", what, len(p.hits), maxHits)
		}
		if got := p.counter(); got != commas(at+1)+"/"+commas(n) {
			t.Errorf("%s: counter %q, want %s/%s", what, got, commas(at+1), commas(n))
		}
		if h := p.hits[p.cur]; h.block != 1 || h.start != at || h.end != at+1 {
			t.Errorf("%s: current hit %+v, want runes [%d, %d) of the body", what, h, at, at+1)
		}
	}
	want("the first", 0)
	p.jump(-1)
	want("N from the first", n-1)
	p.jump(1)
	want("n from the last", 0)
	for range maxHits + 5 {
		p.jump(1)
	}
	want("past the first window", maxHits+5)
	for range maxHits + 6 {
		p.jump(-1)
	}
	want("back round the start", n-1)
	if strings.Contains(p.status(100), "no hits") {
		t.Errorf("status %q", p.status(100))
	}
}

// TestReaderSearchTermsCapHits is TestReaderFindCapsHits for the hits of
// the search an article was opened from.
func TestReaderSearchTermsCapHits(t *testing.T) {
	n := 2*maxHits + 3
	a := &articles.Article{ID: "big", Title: "Big", Body: []articles.Paragraph{{Text: strings.Repeat("potash ", n)}}}
	res, err := store.New([]*articles.Article{a}).Search(context.Background(), "potash", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := bigReader(t, a.Body[0].Text, res)
	if len(p.hits) == 0 || len(p.hits) > maxHits || p.total != n {
		t.Fatalf("%d hits held of %d, want at most %d of %d", len(p.hits), p.total, maxHits, n)
	}
	p.jump(-1)
	if got, want := p.counter(), commas(n)+"/"+commas(n); got != want {
		t.Errorf("N from the first: counter %q, want %q", got, want)
	}
}

// BenchmarkReaderFind16MiB finds x in a 16 MiB article without spaces (the
// loader's largest file): the heap the pane holds after it (held-MB), the
// most the heap grew while it ran (peak-MB) and what it allocated (B/op)
// stay bounded by the article's size, not by its sixteen million hits.
func BenchmarkReaderFind16MiB(b *testing.B) {
	body := strings.Repeat("x", articles.MaxFileSize)
	var held, peak uint64
	for b.Loop() {
		p := bigReader(b, body, nil)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		stop := samplePeakHeap()
		findIn(p, "x")
		peak = max(peak, stop()-min(before.HeapAlloc, stop()))
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = max(held, after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64(held)/(1<<20), "held-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// BenchmarkReaderTerms16MiB opens a 16 MiB article of eight million words
// from a search for one of them: what the search terms' hits cost the
// heap, held and at the peak (the pane's layout of the article included).
func BenchmarkReaderTerms16MiB(b *testing.B) {
	body := strings.Repeat("x ", articles.MaxFileSize/2)
	a := &articles.Article{ID: "big", Title: "Big", Body: []articles.Paragraph{{Text: body}}}
	res, err := store.New([]*articles.Article{a}).Search(context.Background(), "x", store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var held, peak, alloc uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		stop := samplePeakHeap()
		p := bigReader(b, body, res)
		peak = max(peak, stop()-min(before.HeapAlloc, stop()))
		runtime.GC()
		runtime.ReadMemStats(&after)
		held = max(held, after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))
		alloc = max(alloc, after.TotalAlloc-before.TotalAlloc)
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64(held)/(1<<20), "held-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(alloc)/(1<<20), "alloc-MB")
	b.ReportMetric(float64(alloc)/float64(len(body)), "alloc-x")
}

// samplePeakHeap watches the live heap every millisecond until the
// returned function is called, which returns the most it saw.
func samplePeakHeap() func() uint64 {
	done := make(chan struct{})
	peak := make(chan uint64, 1)
	go func() {
		var most uint64
		var ms runtime.MemStats
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			most = max(most, ms.HeapAlloc)
			select {
			case <-done:
				peak <- most
				return
			case <-tick.C:
			}
		}
	}()
	var result uint64
	var once sync.Once
	return func() uint64 {
		once.Do(func() { close(done); result = <-peak })
		return result
	}
}
