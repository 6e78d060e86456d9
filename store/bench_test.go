package store

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// benchCorpus is a generated corpus of one size, built once and shared by
// the benchmarks.
type benchCorpus struct {
	n         int
	arts      []*articles.Article
	bytes     int    // the raw files
	artsHeap  uint64 // HeapInuse of the parsed articles
	artsAlloc uint64 // HeapAlloc of the parsed articles
	store     *Store
	sentences []string // every sentence of every body, for the reference

	refOnce sync.Once
	refNs   float64 // one fuzzy.Find over sentences; 0 when too slow to run
}

var benchCorpora = struct {
	sync.Mutex
	m map[int]*benchCorpus
}{m: map[int]*benchCorpus{}}

func benchSizes(b *testing.B) []int {
	if testing.Short() {
		return []int{1000, 10000}
	}
	return []int{1000, 10000, 100000}
}

func corpus(b *testing.B, n int) *benchCorpus {
	b.Helper()
	benchCorpora.Lock()
	defer benchCorpora.Unlock()
	if c, ok := benchCorpora.m[n]; ok {
		return c
	}
	c := &benchCorpus{n: n}
	convert(articlestest.Generate(1)) // the generator's and parser's tables are not the corpus
	before, beforeAlloc := heapInUse(), heapAlloc()
	files := articlestest.Generate(n)
	c.arts = convert(files)
	files = nil
	for _, a := range c.arts {
		c.bytes += a.Bytes
	}
	c.artsHeap = heapInUse() - before
	c.artsAlloc = heapAlloc() - beforeAlloc
	c.store = New(c.arts)
	c.store.ix() // built here, not in the first search timed
	for _, a := range c.arts {
		for _, p := range a.Body {
			c.sentences = append(c.sentences, articles.Sentences(p.Text)...)
		}
	}
	// The generated files are garbage now, a heap of them: freed and given
	// back to the system here, so that the scavenger does not do it on the
	// other core while the first benchmark is timed (cpu-ms counts it).
	debug.FreeOSMemory()
	benchCorpora.m[n] = c
	return c
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func heapAlloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// refTerm is what the reference looks for: the last word typed.
const refTerm = "potash"

// reference times one plain fuzzy.Find over every body sentence: the
// median of three runs, or one run when it takes more than a second. It
// gives up (0) past 10 s a run.
func (c *benchCorpus) reference() float64 {
	c.refOnce.Do(func() {
		var runs []float64
		for range 3 {
			start := time.Now()
			fuzzy.Find(refTerm, c.sentences)
			d := float64(time.Since(start).Nanoseconds())
			runs = append(runs, d)
			if d > 10e9 {
				return
			}
			if d > 1e9 {
				break
			}
		}
		slices.Sort(runs)
		c.refNs = runs[len(runs)/2]
	})
	return c.refNs
}

// keystrokes is the typing the keystroke benchmark replays.
var keystrokes = typing[0] // p po pot pota potas potash "potash belarus"

// BenchmarkSearchKeystroke replays typing "potash belarus" a keystroke at a
// time, as the UI would: a search per keystroke, then the snippets of the
// rows on screen, also with a qualifier before the terms. ns/op is per
// keystroke; median-ms, p99-ms and max-ms are
// over every keystroke timed, slowest-ms is the median time of the slowest
// of the seven keystrokes, and x-faster compares the mean keystroke with one
// fuzzy.Find over every body sentence of the same corpus.
func BenchmarkSearchKeystroke(b *testing.B) {
	for _, n := range benchSizes(b) {
		for _, seq := range []struct {
			name  string
			limit int
		}{{"", 0}, {"", 1000}, {"c:BY ", 0}, {"date:2020..2025 ", 0}} {
			name := fmt.Sprintf("n=%d", n)
			if seq.name != "" {
				name += "/qualifier=" + strings.TrimSpace(seq.name)
			}
			if seq.limit > 0 {
				name += fmt.Sprintf("/limit=%d", seq.limit) // as the app asks: the first screens' worth
			}
			b.Run(name, func(b *testing.B) {
				keystrokes := make([]string, len(keystrokes))
				for k, q := range typing[0] {
					keystrokes[k] = seq.name + q
				}
				c := corpus(b, n)
				se := NewSearcher(c.store)
				ctx := context.Background()
				per := make([][]time.Duration, len(keystrokes))
				var all []time.Duration
				i := 0
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					k := i % len(keystrokes)
					i++
					start := time.Now()
					r, err := se.Search(ctx, keystrokes[k], Options{Limit: seq.limit})
					if err != nil {
						b.Fatal(err)
					}
					for row := range min(20, len(r.Hits)) {
						r.Snippet(row)
					}
					d := time.Since(start)
					per[k] = append(per[k], d)
					all = append(all, d)
				}
				b.StopTimer()
				ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
				slowest := time.Duration(0)
				for _, ds := range per {
					if len(ds) > 0 {
						slowest = max(slowest, median(ds))
					}
				}
				var total time.Duration
				for _, d := range all {
					total += d
				}
				b.ReportMetric(ms(median(all)), "median-ms")
				b.ReportMetric(ms(percentile(all, 0.99)), "p99-ms")
				b.ReportMetric(ms(slowest), "slowest-ms")
				b.ReportMetric(ms(slices.Max(all)), "max-ms")
				if ref := c.reference(); ref > 0 {
					b.ReportMetric(ref/(float64(total)/float64(len(all))), "x-faster")
				}
			})
		}
	}
}

// BenchmarkSearchKeystrokeEach times each keystroke on its own, each after
// the one before it (so that narrowing applies as when typing).
func BenchmarkSearchKeystrokeEach(b *testing.B) {
	for _, n := range benchSizes(b) {
		for k, q := range keystrokes {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				c := corpus(b, n)
				se := NewSearcher(c.store)
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					b.StopTimer()
					if k > 0 {
						if _, err := se.Search(ctx, keystrokes[k-1], Options{}); err != nil {
							b.Fatal(err)
						}
					}
					b.StartTimer()
					if _, err := se.Search(ctx, q, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkReferenceFuzzyFind is the naive way: fuzzy.Find over every
// sentence of every body. Skipped where one run takes more than 10 s.
func BenchmarkReferenceFuzzyFind(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := corpus(b, n)
			if c.reference() == 0 {
				b.Skip("one fuzzy.Find takes more than 10 s")
			}
			b.ReportMetric(float64(len(c.sentences)), "sentences")
			for b.Loop() {
				fuzzy.Find(refTerm, c.sentences)
			}
		})
	}
}

// BenchmarkStoreNew times New and the index's build, which New leaves to
// the first search. heapx is the heap in use (HeapInuse)
// by the parsed articles and the store after a GC, over the bytes of the raw
// files; allocx the same from HeapAlloc (without fragmentation); index-x the
// store alone.
func BenchmarkStoreNew(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := corpus(b, n)
			b.SetBytes(int64(c.bytes))
			var s *Store
			for b.Loop() {
				s = New(c.arts)
				s.ix()
			}
			b.StopTimer()
			with, withAlloc := heapInUse(), heapAlloc()
			runtime.KeepAlive(s)
			s = nil
			without, withoutAlloc := heapInUse(), heapAlloc()
			index := float64(with) - float64(without)
			indexAlloc := float64(withAlloc) - float64(withoutAlloc)
			b.ReportMetric((float64(c.artsHeap)+index)/float64(c.bytes), "heapx")
			b.ReportMetric((float64(c.artsAlloc)+indexAlloc)/float64(c.bytes), "allocx")
			b.ReportMetric(index/float64(c.bytes), "index-x")
			b.ReportMetric(float64(c.store.ix().vocabLen()), "words")
		})
	}
}

func median(ds []time.Duration) time.Duration { return percentile(ds, 0.5) }

func percentile(ds []time.Duration, p float64) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

// BenchmarkSnippet computes the snippets of a screen of 20 rows.
func BenchmarkSnippet(b *testing.B) {
	c := corpus(b, 1000)
	for _, q := range []string{"p", "potash belarus"} {
		b.Run("q="+q, func(b *testing.B) {
			r, err := c.store.Search(context.Background(), q, Options{Limit: 20})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				for i := range r.Hits {
					r.Snippet(i)
				}
			}
		})
	}
}

// BenchmarkSearchQueries times single queries, common and costly ones, each
// as a fresh search (Store.Search never narrows).
func BenchmarkSearchQueries(b *testing.B) {
	queries := []string{"e", "s$", "'th", "be", "korea trade", "zzqx", "belarus !ukraine", "korea | azerbaijan"}
	for _, n := range benchSizes(b) {
		for _, q := range queries {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				c := corpus(b, n)
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					if _, err := c.store.Search(ctx, q, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// everyArticleTerms returns five distinct terms that each match every
// article: of common words and their prefixes, fuzzy and with operators,
// the first five that do.
func everyArticleTerms(s *Store) []string {
	var ts []string
	for _, w := range []string{"the", "and", "to", "of", "in", "a"} {
		for _, t := range []string{w, "^" + w, "'" + w, w + "$", w[:1], "^" + w[:1]} {
			if len(ts) < 5 && !slices.Contains(ts, t) {
				if r, err := s.Search(context.Background(), t, Options{Limit: 1}); err == nil && r.Total == s.Len() {
					ts = append(ts, t)
				}
			}
		}
	}
	return ts
}

// everyArticleWords returns five terms of other kinds than
// everyArticleTerms' that each match every article, the first five that
// do: the commonest words and pieces of words of the generated corpus, as
// a prefix, one letter, two, inside a word and ending one.
func everyArticleWords(s *Store) []string {
	var ws []string
	for _, w := range []string{"the", "a", "th", "'he", "e$", "'in", "s$", "'an", "'on", "of", "and"} {
		if len(ws) < 5 {
			if r, err := s.Search(context.Background(), w, Options{Limit: 1}); err == nil && r.Total == s.Len() {
				ws = append(ws, w)
			}
		}
	}
	return ws
}

// BenchmarkManyTerms runs queries of 10,000 terms that each match every
// article, each side by side with a query of one of its terms, the two in
// turn in one loop, so that the machine's other load weighs on both alike:
// one term said over and over (same), five terms of words and their
// operators (terms), five others (words: everyArticleWords), and those
// five as one chain of | alternatives (or).
// ms and one-ms are the medians of the query's and the one term's time on
// the clock, x-one their ratio; cpu-x-one is the ratio of the medians of
// their CPU time over every core. peak-MB is the most heap in use above
// what it was before the query (sampled every 200 µs), alloc-MB what the
// query allocated, peak-x-one the ratio of peaks.
func BenchmarkManyTerms(b *testing.B) {
	for _, n := range benchSizes(b) {
		c := corpus(b, n)
		words := everyArticleTerms(c.store)
		if len(words) < 5 {
			b.Fatalf("only %d terms match every article", len(words))
		}
		others := everyArticleWords(c.store)
		if len(others) < 5 {
			b.Fatalf("only %d other terms match every article", len(others))
		}
		repeat := func(ws []string, sep string) string {
			var long []string
			for i := range 10000 {
				long = append(long, ws[i%len(ws)])
			}
			return strings.Join(long, sep)
		}
		for _, q := range []struct{ name, one, query string }{
			{"same", words[0], repeat(words[:1], " ")},
			{"terms", words[0], repeat(words, " ")},
			{"words", others[0], repeat(others, " ")},
			{"or", others[0], repeat(others, " | ")},
		} {
			b.Run(fmt.Sprintf("n=%d/%s", n, q.name), func(b *testing.B) {
				ctx := context.Background()
				search := func(query string) (wall, cpu time.Duration) {
					t, c0 := time.Now(), cpuTime()
					r, err := c.store.Search(ctx, query, Options{})
					wall, cpu = time.Since(t), time.Duration(cpuTime()-c0)
					if err != nil {
						b.Fatal(err)
					}
					if r.Total != c.store.Len() {
						b.Fatalf("%d of %d articles matched", r.Total, c.store.Len())
					}
					return wall, cpu
				}
				runtime.GC() // not the garbage of the corpus or of the query before
				var walls, cpus, oneWalls, oneCPUs []time.Duration
				for b.Loop() {
					w, c := search(q.one)
					oneWalls, oneCPUs = append(oneWalls, w), append(oneCPUs, c)
					w, c = search(q.query)
					walls, cpus = append(walls, w), append(cpus, c)
				}
				b.StopTimer()
				ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
				b.ReportMetric(ms(median(walls)), "ms")
				b.ReportMetric(ms(median(oneWalls)), "one-ms")
				b.ReportMetric(ms(median(walls))/ms(median(oneWalls)), "x-one")
				if cpuTime() > 0 {
					b.ReportMetric(ms(median(cpus))/ms(median(oneCPUs)), "cpu-x-one")
				}
				// Memory on runs of their own: the sampler stops the world.
				var peak, alloc, onePeak uint64
				const runs = 3
				for range runs {
					p, a := heapOfSearch(b, c.store, q.query)
					peak, alloc = peak+p, alloc+a
					p, _ = heapOfSearch(b, c.store, q.one)
					onePeak += p
				}
				b.ReportMetric(float64(peak)/float64(runs)/1e6, "peak-MB")
				b.ReportMetric(float64(alloc)/float64(runs)/1e6, "alloc-MB")
				b.ReportMetric(float64(peak)/float64(onePeak), "peak-x-one")
			})
		}
	}
}

// heapOfSearch runs one search and returns the most heap in use above what
// was in use before it, sampled every 200 µs, and what it allocated.
func heapOfSearch(b *testing.B, s *Store, query string) (peak, alloc uint64) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	done := make(chan uint64)
	go func() {
		top := before.HeapAlloc
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				done <- top
				return
			case <-time.After(200 * time.Microsecond):
				runtime.ReadMemStats(&m)
				top = max(top, m.HeapAlloc)
			}
		}
	}()
	_, err := s.Search(context.Background(), query, Options{})
	close(stop)
	top := <-done
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if err != nil {
		b.Fatal(err)
	}
	return max(top, after.HeapAlloc) - before.HeapAlloc, after.TotalAlloc - before.TotalAlloc
}

// recordMarks are marks kept in a map, as the library holds them.
type recordMarks map[string]uint8

func (m recordMarks) EachMarked(fn func(key string, read, saved bool)) {
	for key, v := range m {
		fn(key, v&1 != 0, v&2 != 0)
	}
}

// BenchmarkQualifierOnly times queries of qualifiers alone, listed newest
// first, as the UI asks for them (the first screen of rows).
func BenchmarkQualifierOnly(b *testing.B) {
	for _, n := range benchSizes(b) {
		c := corpus(b, n)
		marks := recordMarks{}
		for i, a := range c.store.All() {
			if i%3 == 0 {
				marks[a.MarkKey()] = uint8(1 + i%2)
			}
		}
		for _, q := range []string{"c:BY", "!c:BY", "date:2024", "date:2020-01..2022-06", "src:agency", "is:unread", "c:BY date:2024 !is:read"} {
			b.Run(fmt.Sprintf("n=%d/q=%s", n, q), func(b *testing.B) {
				ctx := context.Background()
				b.ReportAllocs()
				for b.Loop() {
					if _, err := c.store.Search(ctx, q, Options{Limit: 1000, Marks: marks}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
