package store

import (
	"context"
	"slices"
	"sync"

	"dateline/articles"
)

// Field is the part of an article a match was found in.
type Field int

// Fields, in ranking order.
const (
	FieldTitle Field = iota
	FieldSource
	FieldDateline
	FieldCountry
	FieldBody
)

// String returns the field's name as the JSON output spells it.
func (f Field) String() string {
	return [...]string{"title", "source", "dateline", "country", "body"}[f]
}

// rank is the field's rank in scoring: title 2, metadata 1, body 0.
func (f Field) rank() uint8 {
	switch f {
	case FieldTitle:
		return 2
	case FieldBody:
		return 0
	}
	return 1
}

// Range is a half-open range of runes [Start, End).
type Range struct{ Start, End int }

// Options narrow a search.
type Options struct {
	Country string // ISO code; "" for every country
	Limit   int    // at most this many hits; 0 for no limit
}

// Hit is one article that matches a query.
type Hit struct {
	Article *articles.Article
	Score   int
}

// Snippet is the text shown under a hit, with the matches marked.
type Snippet struct {
	Field      Field
	Text       string
	Highlights []Range // in runes of Text
}

// Results are the hits of one query, best first.
type Results struct {
	Query string
	Hits  []Hit
	Total int // articles that match, before Options.Limit

	q        *query
	scope    string
	complete bool // Hits holds every match: Limit did not cut it
	narrowed bool // computed from the previous results, not the whole index

	// Every match in article order with each group's value, kept when
	// complete so that a following, narrower query can start from them.
	arts []uint32
	vals [][]uint8

	snippetMu sync.Mutex
	snippets  map[int]Snippet // computed once per row: the UI asks on every frame
}

// Search runs query over the store, or over the articles that mention
// opt.Country when it is set. Hits are ranked by score, then newest first.
// A blank query returns every article in scope, newest first. Search returns
// ctx.Err() when ctx is cancelled before it is done. Each call starts from
// the whole index; a Searcher also narrows the previous results.
func (s *Store) Search(ctx context.Context, query string, opt Options) (*Results, error) {
	res, err := s.search(ctx, parseQuery(query), query, opt, nil)
	if res != nil {
		res.arts, res.vals = nil, nil // kept only for a Searcher to narrow
	}
	return res, err
}

// search runs q, starting from prev's matches when prev is not nil: the
// caller has made sure that every match of q is among them.
func (s *Store) search(ctx context.Context, q *query, query string, opt Options, prev *Results) (*Results, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Results{Query: query, q: q, scope: opt.Country}
	if q.blank() {
		scope := s.all
		if opt.Country != "" {
			scope = s.byCountry[opt.Country]
		}
		res.Total = len(scope)
		if opt.Limit > 0 && len(scope) > opt.Limit {
			scope = scope[:opt.Limit]
		}
		res.Hits = make([]Hit, len(scope))
		for i, a := range scope {
			res.Hits[i] = Hit{Article: a}
		}
		res.complete = len(res.Hits) == res.Total
		return res, nil
	}
	if err := s.run(ctx, res, prev, opt); err != nil {
		return nil, err
	}
	return res, nil
}

// run computes the hits of res.q, starting from prev when it is not nil.
func (s *Store) run(ctx context.Context, res *Results, prev *Results, opt Options) error {
	ix := s.index
	q := res.q
	reuse := 0 // groups whose values come from prev
	if prev != nil {
		res.narrowed = true
		for reuse < len(prev.q.groups) && slices.Equal(prev.q.groups[reuse], q.groups[reuse]) {
			reuse++
		}
	}
	dense := make([][]uint8, len(q.groups))
	defer func() {
		for _, d := range dense {
			ix.putValues(d)
		}
	}()
	for g := reuse; g < len(q.groups); g++ {
		vals, err := ix.groupValues(ctx, q.groups[g])
		if err != nil {
			return err
		}
		dense[g] = vals
	}
	var excluded []uint8
	if len(q.negs) > 0 {
		excluded = ix.values()
		defer ix.putValues(excluded)
		for i := range q.negs {
			if err := ix.mark(ctx, &q.negs[i], excluded); err != nil {
				return err
			}
		}
	}

	// The candidates: prev's matches, the country's articles or all.
	var cands []uint32
	switch {
	case prev != nil:
		cands = prev.arts
	case opt.Country != "":
		cands = ix.byCountry[opt.Country]
		if cands == nil {
			cands = []uint32{}
		}
	}
	ncand := ix.n
	if cands != nil {
		ncand = len(cands)
	}
	// Score every candidate (-1: no match), then gather the matches into
	// slices of the right size: at 100,000 articles a one-letter query
	// matches nearly all of them, and growing slices would double the
	// garbage of every keystroke.
	sc := ix.scratch(ncand)
	defer ix.putScratch(sc)
	total := 0
	for j := range ncand {
		if j%16384 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		a := uint32(j)
		if cands != nil {
			a = cands[j]
		}
		score := int32(-1)
		if excluded == nil || excluded[a] == 0 {
			score = 0
			for g := range q.groups {
				var v uint8
				if g < reuse {
					v = prev.vals[g][j]
				} else {
					v = dense[g][a]
				}
				if v == 0 {
					score = -1
					break
				}
				score += int32(v)
			}
		}
		sc[j] = score
		if score >= 0 {
			total++
		}
	}
	res.Total = total
	res.arts = make([]uint32, total)
	res.vals = make([][]uint8, len(q.groups))
	for g := range res.vals {
		res.vals[g] = make([]uint8, total)
	}
	scores := make([]int32, total)
	k := 0
	for j, score := range sc {
		if score < 0 {
			continue
		}
		a := uint32(j)
		if cands != nil {
			a = cands[j]
		}
		res.arts[k], scores[k] = a, score
		for g, vals := range res.vals {
			if g < reuse {
				vals[k] = prev.vals[g][j]
			} else {
				vals[k] = dense[g][a]
			}
		}
		k++
	}
	order := rank(scores, opt.Limit)
	res.complete = len(order) == res.Total
	res.Hits = make([]Hit, len(order))
	for i, j := range order {
		res.Hits[i] = Hit{Article: s.all[res.arts[j]], Score: int(scores[j])}
	}
	return nil
}

// values returns a zeroed value per article, from a pool: a keystroke
// needs one or two, and at 100,000 articles each is 100 KB.
func (ix *index) values() []uint8 {
	if v, ok := ix.pool.Get().(*[]uint8); ok {
		clear(*v)
		return *v
	}
	return make([]uint8, ix.n)
}

// putValues returns vals to the pool; nil is ignored.
func (ix *index) putValues(vals []uint8) {
	if vals != nil {
		ix.pool.Put(&vals)
	}
}

// scratch returns n scores, not zeroed, from a pool.
func (ix *index) scratch(n int) []int32 {
	if v, ok := ix.scorePool.Get().(*[]int32); ok {
		return (*v)[:n]
	}
	return make([]int32, n, ix.n)
}

func (ix *index) putScratch(sc []int32) { ix.scorePool.Put(&sc) }

// groupValues returns, for every article, the value of the best match of
// any term of the group (0 for none). A negated term in an OR group counts
// as the least match for the articles without it.
func (ix *index) groupValues(ctx context.Context, group []term) ([]uint8, error) {
	vals := ix.values()
	var negs []*term
	for i := range group {
		t := &group[i]
		if t.neg {
			negs = append(negs, t)
			continue
		}
		ms, err := ix.matchVocab(ctx, t)
		if err == nil {
			err = ix.union(ctx, ms, vals)
		}
		if err != nil {
			ix.putValues(vals)
			return nil, err
		}
	}
	for _, t := range negs {
		has := ix.values()
		if err := ix.mark(ctx, t, has); err != nil {
			ix.putValues(has)
			ix.putValues(vals)
			return nil, err
		}
		for a, h := range has {
			if h == 0 && vals[a] == 0 {
				vals[a] = 1
			}
		}
		ix.putValues(has)
	}
	return vals, nil
}

// mark sets marks[a] for every article a with a word that t matches.
func (ix *index) mark(ctx context.Context, t *term, marks []uint8) error {
	ms, err := ix.matchVocab(ctx, t)
	if err != nil {
		return err
	}
	return ix.union(ctx, ms, marks)
}

// unionMin is the number of postings below which union uses one core.
const unionMin = 1 << 15

// union raises vals[a] to the value of each match in ms for every article a
// the matched word occurs in. On several cores each worker takes a range of
// articles, so that no two write to the same element.
func (ix *index) union(ctx context.Context, ms []wordMatch, vals []uint8) error {
	total := 0
	for _, m := range ms {
		total += int(ix.postOff[m.word+1] - ix.postOff[m.word])
	}
	parts := 1
	if total >= unionMin {
		parts = maxWorkers()
	}
	return parallel(ctx, parts, func(p int) {
		lo, hi := uint32(ix.n*p/parts), uint32(ix.n*(p+1)/parts)
		var table [1 << fieldBits]uint8
		for k, m := range ms {
			if k%64 == 63 && ctx.Err() != nil {
				return
			}
			for f := range table {
				table[f] = matchValue(m.qual, fieldRank(uint32(f)))
			}
			posts := ix.postings(int(m.word))
			if parts > 1 {
				posts = postingsIn(posts, lo, hi)
			}
			for _, p := range posts {
				a := p >> fieldBits
				if v := table[p&fieldMask]; v > vals[a] {
					vals[a] = v
				}
			}
		}
	})
}

// postingsIn returns the postings of articles [lo, hi).
func postingsIn(posts []uint32, lo, hi uint32) []uint32 {
	i, _ := slices.BinarySearchFunc(posts, lo, func(p, a uint32) int { return cmpU32(p>>fieldBits, a) })
	j, _ := slices.BinarySearchFunc(posts[i:], hi, func(p, a uint32) int { return cmpU32(p>>fieldBits, a) })
	return posts[i : i+j]
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// rank orders matches by score, best first, then by article number (newest
// first), and returns the positions of at most limit of them (all when limit
// is 0). scores are small: a counting sort does all of them in linear time,
// a heap keeps the best limit.
func rank(scores []int32, limit int) []int32 {
	if limit > 0 && limit < len(scores) {
		return topK(scores, limit)
	}
	top := int32(0)
	for _, sc := range scores {
		top = max(top, sc)
	}
	starts := make([]int32, top+2)
	for _, sc := range scores {
		starts[top-sc+1]++
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	order := make([]int32, len(scores))
	for j, sc := range scores {
		order[starts[top-sc]] = int32(j)
		starts[top-sc]++
	}
	return order
}

// topK returns the positions of the k best scores, best first; of equal
// scores the lower position is better.
func topK(scores []int32, k int) []int32 {
	worse := func(a, b int32) bool { // a ranks below b
		if scores[a] != scores[b] {
			return scores[a] < scores[b]
		}
		return a > b
	}
	heap := make([]int32, 0, k) // the worst of the best k at the root
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
	for j := range int32(len(scores)) {
		if len(heap) < k {
			heap = append(heap, j)
			for i := len(heap) - 1; i > 0; {
				p := (i - 1) / 2
				if !worse(heap[i], heap[p]) {
					break
				}
				heap[i], heap[p] = heap[p], heap[i]
				i = p
			}
			continue
		}
		if worse(heap[0], j) {
			heap[0] = j
			down(0)
		}
	}
	slices.SortFunc(heap, func(a, b int32) int {
		if worse(a, b) {
			return 1
		}
		return -1
	})
	return heap
}

// Blank reports whether the query had nothing to search for (no words, only
// punctuation or operators), so that every article in scope matched.
func (r *Results) Blank() bool { return r.q == nil || r.q.blank() }
