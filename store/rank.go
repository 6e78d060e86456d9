package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// tiers are what a hit is ranked by, in order; see doc.go.
type tiers struct {
	matched uint8   // terms matched, the alternatives of | groups counted
	typos   uint8   // edits forgiven, a loose subsequence counting 3
	prox    uint8   // neighbouring terms in one sentence, and one more when all are
	field   uint8   // 2 for each term in the title, 1 in the source, dateline or countries
	exact   uint8   // 3 for each whole word, 2 a prefix, 1 inside a word
	weight  float32 // BM25: term frequency, inverse document frequency, length
	groups  uint8
}

func tiersOf(a *acc) tiers {
	t := tiers{matched: a.matched, typos: a.typos, field: a.field, exact: a.exact, weight: a.weight, groups: a.groups}
	if a.groups > 1 {
		t.prox = a.prox
		if a.allMask != 0 {
			t.prox++
		}
	}
	return t
}

// Widths of the tiers in a key, most significant first.
const (
	weightBits = 27
	weightUnit = 1 << 12 // a key counts the weight in steps of 1/4096
)

// key packs the tiers into one number that orders hits, higher first.
func (t tiers) key() uint64 {
	w := uint64(min(float64(t.weight)*weightUnit, 1<<weightBits-1))
	k := uint64(min(t.matched, 127))
	k = k<<8 | uint64(255-t.typos)
	k = k<<6 | uint64(min(t.prox, 63))
	k = k<<8 | uint64(t.field)
	k = k<<8 | uint64(t.exact)
	return k<<weightBits | w
}

// String says which tiers placed a hit, for search --json's why.
func (t tiers) String() string {
	if t.groups == 0 {
		return "filtered, newest first"
	}
	parts := []string{plural(int(t.matched), "term"), plural(int(t.typos), "typo")}
	if t.groups > 1 {
		switch {
		case t.prox == t.groups:
			parts = append(parts, "all in one sentence")
		case t.prox > 0:
			parts = append(parts, fmt.Sprintf("%d of %d neighbours in one sentence", t.prox, t.groups-1))
		default:
			parts = append(parts, "apart")
		}
	}
	parts = append(parts, fmt.Sprintf("field %d", t.field), fmt.Sprintf("exactness %d", t.exact), fmt.Sprintf("weight %.2f", t.weight))
	return strings.Join(parts, " · ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if n == 0 && word == "typo" {
		return "no typos"
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// tiersOfKey unpacks a key; the weight comes back in its steps of 1/4096.
func tiersOfKey(k uint64, groups int) tiers {
	t := tiers{groups: sat8(groups)}
	t.weight = float32(k&(1<<weightBits-1)) / weightUnit
	k >>= weightBits
	t.exact = uint8(k)
	t.field = uint8(k >> 8)
	t.prox = uint8(k>>16) & 63
	t.typos = 255 - uint8(k>>22)
	t.matched = uint8(k>>30) & 127
	return t
}

// Why says which tiers placed hit i.
func (r *Results) Why(i int) string {
	if r.q == nil || !r.q.hasTerms() || len(r.q.groups) == 0 {
		return tiers{}.String()
	}
	return tiersOfKey(uint64(r.Hits[i].Score), len(r.q.groups)).String()
}

// rank orders res.arts into res.Hits: by key, best first, then by article
// number (newest first); or, when the query has no terms to score, newest
// first. Near-duplicates take one row, the best of them, which lists the
// others as copies. At most limit rows are kept (all when limit is 0).
func (s *Store) rank(res *Results, limit int, scored bool) {
	ix := s.ix()
	n := len(res.arts)
	keys := ix.keyFree.get()
	if cap(keys) < n {
		keys = make([]uint64, n, ix.bufCap(n))
	}
	keys = keys[:n]
	defer ix.keyFree.put(keys)
	if scored {
		for j := range res.arts {
			keys[j] = tiersOf(&res.accAll[j]).key()
		}
	} else {
		clear(keys) // a reused buffer: no old search's keys may decide
	}
	better := func(j, k int32) bool { return keys[j] > keys[k] || (keys[j] == keys[k] && j < k) }
	bestOf := map[int32]int32{} // a group of near-duplicates → its best match
	for j, a := range res.arts {
		if c := ix.dupOf[a]; c >= 0 {
			if b, ok := bestOf[c]; !ok || better(int32(j), b) {
				bestOf[c] = int32(j)
			}
		}
	}
	var rows []int32
	if len(bestOf) == 0 {
		rows = ix.allRows(n)
	} else {
		rows = ix.allRows(0)[:0]
		for j, a := range res.arts {
			if c := ix.dupOf[a]; c >= 0 && bestOf[c] != int32(j) {
				continue
			}
			rows = append(rows, int32(j))
		}
	}
	res.Total = len(rows)
	// What a hit is made of travels with its row through the sort, so
	// that the hits are built in their order without reading the
	// candidates' arrays out of theirs: over 100,000 candidates those
	// reads, a cache miss each, cost more than the sort.
	fill := func(p *keyed) {
		p.art = res.arts[p.row]
		if scored {
			p.terms = res.accAll[p.row].terms
		}
	}
	var ps []keyed
	if scored {
		var done func()
		ps, done = ix.topRows(rows, keys, limit, fill)
		defer done()
	} else {
		if limit > 0 && len(rows) > limit {
			rows = rows[:limit]
		}
		buf := ix.keyedBuf(len(rows))
		defer ix.rowFree.put(buf)
		ps = buf[:len(rows)]
		for i, j := range rows {
			ps[i] = keyed{row: j}
			fill(&ps[i])
		}
	}
	res.complete = len(ps) == res.Total
	res.Hits = make([]Hit, len(ps))
	hitOf := map[int32]int{} // a group of near-duplicates → its hit
	for i, p := range ps {
		res.Hits[i] = Hit{Article: s.all[p.art], Score: int(p.key), terms: p.terms}
		if c := ix.dupOf[p.art]; c >= 0 {
			hitOf[c] = i
		}
	}
	if len(hitOf) > 0 {
		for j, a := range res.arts {
			c := ix.dupOf[a]
			if c < 0 || bestOf[c] == int32(j) {
				continue
			}
			if i, ok := hitOf[c]; ok {
				res.Hits[i].Copies = append(res.Hits[i].Copies, s.all[a])
			}
		}
	}
}

// keyed is a row with its key, and its article and matched terms.
type keyed struct {
	key   uint64
	terms uint64
	row   int32
	art   uint32
}

// allRows returns the rows 0…n-1, from a table kept for the purpose: rows
// are only read, and a long run of them is often needed.
func (ix *index) allRows(n int) []int32 {
	ix.rowsOnce.Do(func() {
		ix.rows = make([]int32, ix.n)
		for i := range ix.rows {
			ix.rows[i] = int32(i)
		}
	})
	if n > len(ix.rows) {
		rows := make([]int32, n)
		for i := range rows {
			rows[i] = int32(i)
		}
		return rows
	}
	return ix.rows[:n:n]
}

// topRows orders rows by key, best first, of equal keys the lower row
// first, and keeps the best limit of them (all when limit is 0): a radix
// sort of all of them, or a heap of limit when that is a small part. fill
// sets the rest of each row kept, before the sort when every row is
// sorted (the rows are in order then). rows is not changed; the result
// is the index's until done is called.
func (ix *index) topRows(rows []int32, keys []uint64, limit int, fill func(*keyed)) (ps []keyed, done func()) {
	cmp := func(a, b keyed) int {
		switch {
		case a.key > b.key:
			return -1
		case a.key < b.key:
			return 1
		}
		return int(a.row) - int(b.row)
	}
	if limit > 0 && limit*8 < len(rows) {
		ps = topHeap(rows, keys, limit, cmp)
		for i := range ps {
			fill(&ps[i])
		}
		return ps, func() {}
	}
	buf := ix.keyedBuf(len(rows))
	ps = buf[:len(rows)]
	for i, j := range rows {
		ps[i] = keyed{key: keys[j], row: j}
		fill(&ps[i])
	}
	if len(ps) > 256 {
		radixDesc(ps, buf[len(rows):2*len(rows)])
	} else {
		slices.SortFunc(ps, cmp)
	}
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	return ps, func() { ix.rowFree.put(buf) }
}

// keyedBuf returns a buffer of rows for n, with room to sort them: 2n.
func (ix *index) keyedBuf(n int) []keyed {
	buf := ix.rowFree.get()
	if cap(buf) < 2*n {
		buf = make([]keyed, 2*n, 2*ix.bufCap(n))
	}
	return buf[:2*n]
}

// radixDesc sorts ps by key, highest first, keeping the order of equal
// keys: a least-significant-digit radix sort, a byte at a time, that skips
// the bytes every key shares (the upper tiers often are).
func radixDesc(ps, buf []keyed) {
	src, dst := ps, buf
	for shift := 0; shift < 64; shift += 8 {
		var count [256]int
		for _, p := range src {
			count[byte(^p.key>>shift)]++
		}
		if count[byte(^src[0].key>>shift)] == len(src) {
			continue
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, p := range src {
			d := byte(^p.key >> shift)
			dst[count[d]] = p
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &ps[0] {
		copy(ps, src)
	}
}

// topHeap returns the best k of rows, best first, by cmp.
func topHeap(rows []int32, keys []uint64, k int, cmp func(a, b keyed) int) []keyed {
	heap := make([]keyed, 0, k) // the worst of the best at the root
	worse := func(a, b keyed) bool { return cmp(a, b) > 0 }
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(heap) {
				return
			}
			w := l
			if r := l + 1; r < len(heap) && worse(heap[r], heap[l]) {
				w = r
			}
			if !worse(heap[w], heap[i]) {
				return
			}
			heap[i], heap[w] = heap[w], heap[i]
			i = w
		}
	}
	for _, j := range rows {
		p := keyed{key: keys[j], row: j}
		if len(heap) < k {
			heap = append(heap, p)
			for i := len(heap) - 1; i > 0; {
				parent := (i - 1) / 2
				if !worse(heap[i], heap[parent]) {
					break
				}
				heap[i], heap[parent] = heap[parent], heap[i]
				i = parent
			}
			continue
		}
		if worse(heap[0], p) {
			heap[0] = p
			down(0)
		}
	}
	slices.SortFunc(heap, cmp)
	return heap
}

// phrases reports, for each candidate, whether every positive phrase
// stands in its title or body, words next to each other, and no negated
// one does. It returns nil when ctx is cancelled.
func (s *Store) phrases(ctx context.Context, ps []phrase, cands []uint32) []bool {
	keep := make([]bool, len(cands))
	const chunk = 256
	err := parallel(ctx, (len(cands)+chunk-1)/chunk, func(c int) {
		var tz tokenizer
		var words []string
		for j := c * chunk; j < min(len(cands), (c+1)*chunk); j++ {
			a := s.all[cands[j]]
			found := make([]bool, len(ps))
			scan := func(text string) {
				words = words[:0]
				tz.tokens(text, func(t *token) {
					if !t.joined {
						words = append(words, stem(string(t.word)))
					}
				})
				for k, p := range ps {
					if !found[k] && containsRun(words, p.words) {
						found[k] = true
					}
				}
			}
			scan(a.Title)
			for _, p := range a.Body {
				scan(p.Text)
			}
			ok := true
			for k, p := range ps {
				if found[k] == p.neg {
					ok = false
				}
			}
			keep[j] = ok
		}
	})
	if err != nil {
		return nil
	}
	return keep
}

// containsRun reports whether run stands in words, in order, next to each other.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
