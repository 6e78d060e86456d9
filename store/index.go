package store

import (
	"hash/maphash"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"dateline/articles"
	"dateline/articles/fold"
)

// Field bits of a posting: where in an article a word occurs.
const (
	bitBody uint32 = 1 << iota
	bitCountry
	bitDateline
	bitSource
	bitTitle

	fieldBits = 5
	fieldMask = 1<<fieldBits - 1
)

// fieldRank ranks the fields a word occurs in: the title above the metadata
// (source, dateline, countries) above the body.
func fieldRank(mask uint32) uint8 {
	switch {
	case mask&bitTitle != 0:
		return 2
	case mask&(bitSource|bitDateline|bitCountry) != 0:
		return 1
	}
	return 0
}

// index is the search index: the vocabulary of distinct folded words and an
// inverted index from each word to the articles it occurs in.
//
// Articles are numbered by their position in Store.all (newest first), so a
// posting list in article order is also in ranking order for ties. A posting
// is one uint32, which leaves 27 bits for the article: up to 134 million.
type index struct {
	n int // articles

	// The vocabulary, sorted: word i is words[wordOff[i]:wordOff[i+1]].
	words   string
	wordOff []uint32
	masks   []uint64 // charMask of each word

	// Postings of word i are posts[postOff[i]:postOff[i+1]], each
	// article<<fieldBits | field bits, in article order, with the term
	// frequency and sentence buckets of each in infos.
	postOff []uint32
	posts   []uint32
	infos   []uint16

	lenClass []uint8 // per article: its length, relative to the average, as a class of lengthClasses
	dupOf    []int32 // per article: the first article of its near-duplicates, or -1

	sources []textGroup // the distinct sources, folded, with their articles
	authors []textGroup // the same for authors

	byCountry map[string][]uint32 // article numbers that mention a country, ascending

	// Scratch that a search borrows and gives back. Free lists, not
	// sync.Pools: a pool is emptied at every collection, and a keystroke
	// would then allocate (and clear) a megabyte or two again.
	slotFree  freeList[int32]  `persist:"-"` // a slot per article, every one -1: see slots
	groupFree freeList[gacc]   `persist:"-"` // a group's matches: see group
	artsFree  freeList[uint32] `persist:"-"` // a search's matches: see getArts
	accFree   freeList[acc]    `persist:"-"` // their tiers: see getAccs
	keyFree   freeList[uint64] `persist:"-"` // ranking keys: see rank
	rowFree   freeList[keyed]  `persist:"-"` // rows being sorted: see topRows
	rowsOnce  sync.Once        `persist:"-"`
	rows      []int32          `persist:"-"` // 0…n-1, built on first use: see allRows

	letters [letterSums]letterSum `persist:"-"` // one-letter terms, folded on first use: see letterSum
	folds   termFolds             `persist:"-"` // heavy terms, folded on their second use: see termFolds
	walked  atomic.Int64          `persist:"-"` // postings and folds read by searches, for tests
}

func (ix *index) vocabLen() int { return len(ix.wordOff) - 1 }

func (ix *index) word(i int) string { return ix.words[ix.wordOff[i]:ix.wordOff[i+1]] }

func (ix *index) postings(i int) []uint32 { return ix.posts[ix.postOff[i]:ix.postOff[i+1]] }

// charMask sets one bit per distinct character class of a folded word:
// a–z and 0–9 have a bit each, other runes share the remaining bits. A
// term can only match a word whose mask holds all of the term's bits.
func charMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			m |= 1 << (c - 'a')
		case '0' <= c && c <= '9':
			m |= 1 << (26 + c - '0')
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			m |= 1 << (36 + uint(r)%28)
			i += size - 1
		}
	}
	return m
}

// shard is the part of the index one worker builds over a run of articles,
// with word numbers of its own.
type shard struct {
	first   int // number of the first article
	vocab   wordTable
	lastArt []int32  // per word: the last article it was seen in
	lastPos []uint32 // per word: its entry for that article
	artOff  []uint32 // entries of article first+i are entries[artOff[i]:artOff[i+1]]
	entries []uint32 // word<<fieldBits | field bits
	infos   []uint16 // beside entries: see postInfo
	lens    []uint32 // words of each article
	sketch  []sketch // each article's body, for near-duplicates
}

// A posting's info: how often the word occurs in the article (up to
// maxTF) and in which sentences, as a mask of sentence buckets. The title
// is bucket 0; body sentence s is bucket 1 + s mod (sentenceBuckets-1), so
// two words share a bit when they may share a sentence, and always when
// they do.
const (
	sentenceBuckets = 12
	maxTF           = 1<<(16-sentenceBuckets) - 1
	sentenceMask    = 1<<sentenceBuckets - 1
)

func tfOf(info uint16) int { return int(info >> sentenceBuckets) }

func (sh *shard) add(arts []*articles.Article) {
	size := 0
	for _, a := range arts {
		size += len(a.Title)
		for _, p := range a.Body {
			size += len(p.Text)
		}
	}
	// About one distinct word an article per 10 bytes of text.
	sh.entries = make([]uint32, 0, size/8)
	sh.infos = make([]uint16, 0, size/8)
	sh.artOff = make([]uint32, 1, len(arts)+1)
	sh.lens = make([]uint32, len(arts))
	sh.sketch = make([]sketch, len(arts))
	var tz tokenizer
	var sk sketcher
	for i, a := range arts {
		art := int32(sh.first + i)
		words := uint32(0)
		sentenceBase := 0
		body := false
		addText := func(text string, bit uint32) {
			last := 0
			tz.tokens(text, func(tok *token) {
				id, h, added := sh.vocab.lookup(tok.word)
				if added {
					sh.lastArt = append(sh.lastArt, -1)
					sh.lastPos = append(sh.lastPos, 0)
				}
				var sent uint16
				switch {
				case bit == bitTitle:
					sent = 1
				case bit == bitBody:
					sent = 1 << (1 + (sentenceBase+tok.sentence)%(sentenceBuckets-1))
					last = tok.sentence
				}
				if !tok.joined {
					words++
					if body {
						sk.add(h)
					}
				}
				if sh.lastArt[id] == art {
					p := sh.lastPos[id]
					sh.entries[p] |= bit
					info := sh.infos[p]
					if tfOf(info) < maxTF {
						info += 1 << sentenceBuckets
					}
					sh.infos[p] = info | sent
					return
				}
				sh.lastArt[id] = art
				sh.lastPos[id] = uint32(len(sh.entries))
				sh.entries = append(sh.entries, id<<fieldBits|bit)
				sh.infos = append(sh.infos, 1<<sentenceBuckets|sent)
			})
			if bit == bitBody {
				sentenceBase += last + 1
			}
		}
		addText(a.Title, bitTitle)
		addText(a.Source, bitSource)
		addText(a.Dateline, bitDateline)
		for _, m := range a.Countries {
			addText(m.Name(), bitCountry)
		}
		sk.reset()
		body = true
		for _, p := range a.Body {
			addText(p.Text, bitBody)
		}
		body = false
		sh.sketch[i] = sk.done()
		sh.lens[i] = words
		sh.artOff = append(sh.artOff, uint32(len(sh.entries)))
	}
}

// wordTable numbers distinct words in the order they are first seen: an
// open-addressing hash table over one arena of bytes, which keeps the hot
// words together and allocates nothing per word.
type wordTable struct {
	slots []uint64 // hash<<32 | id+1; 0 is empty
	arena []byte
	offs  []uint32 // word id is arena[offs[id]:offs[id+1]]
}

var tableSeed = maphash.MakeSeed()

func (t *wordTable) len() int { return max(0, len(t.offs)-1) }

func (t *wordTable) word(id uint32) []byte { return t.arena[t.offs[id]:t.offs[id+1]] }

// lookup returns w's number and hash, adding w when it is new. The hash is
// the same for the same word in every table.
func (t *wordTable) lookup(w []byte) (id, h uint32, added bool) {
	if len(t.slots) == 0 {
		t.slots = make([]uint64, 1<<12)
		t.offs = []uint32{0}
	}
	h = uint32(maphash.Bytes(tableSeed, w))
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			id = uint32(t.len())
			t.slots[i] = uint64(h)<<32 | uint64(id+1)
			t.arena = append(t.arena, w...)
			t.offs = append(t.offs, uint32(len(t.arena)))
			if 2*t.len() > len(t.slots) {
				t.grow()
			}
			return id, h, true
		}
		if uint32(s>>32) == h {
			if id = uint32(s) - 1; string(t.word(id)) == string(w) {
				return id, h, false
			}
		}
	}
}

func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	mask := uint32(len(t.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := uint32(s>>32) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// buildIndex indexes all, in its order, on every core.
func buildIndex(all []*articles.Article) *index {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(all)/512))
	shards := make([]*shard, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(all)*w/workers, len(all)*(w+1)/workers
		sh := &shard{first: lo}
		shards[w] = sh
		wg.Go(func() { sh.add(all[lo:hi]) })
	}
	wg.Wait()

	// One sorted vocabulary, and each shard's word numbers in it.
	var words []string
	for _, sh := range shards {
		for id := range sh.vocab.len() {
			words = append(words, string(sh.vocab.word(uint32(id))))
		}
	}
	slices.Sort(words)
	words = slices.Compact(words)
	ix := &index{n: len(all), byCountry: make(map[string][]uint32)}
	var sb strings.Builder
	for _, w := range words {
		sb.WriteString(w)
	}
	ix.words = sb.String()
	ix.wordOff = make([]uint32, len(words)+1)
	ix.masks = make([]uint64, len(words))
	off := 0
	for i, w := range words {
		off += len(w)
		ix.wordOff[i+1] = uint32(off)
		ix.masks[i] = charMask(w)
	}
	translate := make([][]uint32, len(shards))
	for s, sh := range shards {
		tr := make([]uint32, sh.vocab.len())
		for i := range tr {
			j, _ := slices.BinarySearch(words, string(sh.vocab.word(uint32(i))))
			tr[i] = uint32(j)
		}
		translate[s] = tr
		sh.vocab, sh.lastArt, sh.lastPos = wordTable{}, nil, nil
	}

	// Postings: count, then fill in article order.
	counts := make([]uint32, len(words)+1)
	for s, sh := range shards {
		tr := translate[s]
		for _, e := range sh.entries {
			counts[tr[e>>fieldBits]+1]++
		}
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	ix.postOff = counts
	ix.posts = make([]uint32, counts[len(words)])
	ix.infos = make([]uint16, counts[len(words)])
	next := slices.Clone(counts[:len(words)])
	ix.lenClass = make([]uint8, len(all))
	var sketches []sketch
	total := 0.0
	for _, sh := range shards {
		for _, l := range sh.lens {
			total += float64(l)
		}
	}
	avg := max(1, total/float64(max(1, len(all))))
	for s, sh := range shards {
		tr := translate[s]
		for i := 0; i+1 < len(sh.artOff); i++ {
			art := uint32(sh.first+i) << fieldBits
			lo := sh.artOff[i]
			for k, e := range sh.entries[lo:sh.artOff[i+1]] {
				w := tr[e>>fieldBits]
				ix.posts[next[w]] = art | e&fieldMask
				ix.infos[next[w]] = sh.infos[int(lo)+k]
				next[w]++
			}
			ix.lenClass[sh.first+i] = lengthClass(float64(sh.lens[i]) / avg)
		}
		sketches = append(sketches, sh.sketch...)
		shards[s] = nil
	}
	ix.dupOf = nearDuplicates(all, sketches)
	ix.sources = distinctTexts(all, func(a *articles.Article) string { return a.Source })
	ix.authors = distinctTexts(all, func(a *articles.Article) string { return a.Author })

	for i, a := range all {
		for _, m := range a.Countries {
			ix.byCountry[m.Code()] = append(ix.byCountry[m.Code()], uint32(i))
		}
	}
	return ix
}

// prefixRange returns the vocabulary words that start with p, as [lo, hi).
func (ix *index) prefixRange(p string) (lo, hi int) {
	v := ix.vocabLen()
	lo = sort.Search(v, func(i int) bool { return ix.word(i) >= p })
	hi = lo + sort.Search(v-lo, func(i int) bool { return !strings.HasPrefix(ix.word(lo+i), p) })
	return lo, hi
}

// BM25's parameters, as usual.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// BM25's term-frequency part, tf·(k1+1) / (tf + k1·(1 − b + b·length/avg)),
// depends on a posting's tf (at most maxTF) and its article's length: with
// the length in classes, it is a table, and a posting costs a multiply.
const lengthClasses = 64

// lengthClass puts a length relative to the average in one of
// lengthClasses classes, spaced evenly in log scale from 1/8 to 8 times.
func lengthClass(rel float64) uint8 {
	c := (math.Log2(max(rel, 1e-9)) + 3) / 6 * (lengthClasses - 1)
	return uint8(min(max(math.Round(c), 0), lengthClasses-1))
}

// tfTable[tf][class] is BM25's term-frequency part.
var tfTable = func() (t [maxTF + 1][lengthClasses]float32) {
	for tf := range t {
		for c := range t[tf] {
			rel := math.Exp2(float64(c)/(lengthClasses-1)*6 - 3)
			norm := bm25K1 * (1 - bm25B + bm25B*rel)
			t[tf][c] = float32(float64(tf) * (bm25K1 + 1) / (float64(tf) + norm))
		}
	}
	return t
}()

// idf is BM25's inverse document frequency of a word in df of n articles.
func idf(df, n int) float32 {
	return float32(math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5)))
}

// textGroup is one distinct folded text of a field and the articles that
// have it, ascending.
type textGroup struct {
	folded string
	arts   []uint32
}

// distinctTexts groups the articles by the folded text of one field; the
// empty text is left out. Sources and authors repeat: a qualifier then
// looks at each distinct one once.
func distinctTexts(all []*articles.Article, field func(*articles.Article) string) []textGroup {
	at := map[string]int{}
	var gs []textGroup
	for i, a := range all {
		f := field(a)
		if f == "" {
			continue
		}
		g, ok := at[f]
		if !ok {
			g = len(gs)
			at[f] = g
			gs = append(gs, textGroup{folded: fold.String(f)})
		}
		gs[g].arts = append(gs[g].arts, uint32(i))
	}
	return gs
}

// freeList keeps a few slices for reuse.
type freeList[T any] struct {
	mu   sync.Mutex
	free [][]T
}

// maxFree is how many slices a free list keeps: one per search running at once.
const maxFree = 4

func (f *freeList[T]) get() []T {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n := len(f.free); n > 0 {
		s := f.free[n-1]
		f.free = f.free[:n-1]
		return s
	}
	return nil
}

func (f *freeList[T]) put(s []T) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.free) < maxFree {
		f.free = append(f.free, s)
	}
}
