package store

import (
	"context"
	"fmt"
	"math"
	"math/bits"
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

// Range is a half-open range of runes [Start, End).
type Range struct{ Start, End int }

// Options narrow a search.
type Options struct {
	Country string // ISO code; "" for every country
	Limit   int    // at most this many hits; 0 for no limit
	Marks   Marks  // what is read and saved, for is:; nil when nothing is
}

// Hit is one article that matches a query: a row of the results, which
// stands for its near-duplicates too.
type Hit struct {
	Article *articles.Article
	Score   int                 // orders hits within one query: higher first
	Copies  []*articles.Article // near-duplicates that matched too, folded into this row

	terms uint64 // the positive terms it matched: bit i is the query's i-th positive term
}

// Snippet is the text shown under a hit, with the matches marked.
type Snippet struct {
	Field      Field
	Text       string
	Highlights []Range // in runes of Text
}

// Results are the hits of one query, best first.
type Results struct {
	Query   string
	Hits    []Hit
	Total   int // rows that match, before Options.Limit
	Dropped int // terms left out: a query has at most 64 terms

	q        *query
	scope    string
	complete bool // Hits holds every match: Limit did not cut it
	narrowed bool // computed from the previous results, not the whole index

	// Every match in article order with its tiers over every group and
	// over every group but the last, kept when complete so that a
	// following, narrower query can start from them.
	arts    []uint32
	accAll  []acc
	accHead []acc

	snippetMu sync.Mutex
	snippets  map[int]Snippet // computed once per row: the UI asks on every frame

	groupsOnce sync.Once
	groups     [][]bitTerm // every positive term, for Matches
}

// Notice says what the search left out of the query, or "".
func (r *Results) Notice() string {
	if r.Dropped == 0 {
		return ""
	}
	return fmt.Sprintf("only the first %d terms were searched for; %d more were left out", maxTerms, r.Dropped)
}

// Search runs query over the store, or over the articles that mention
// opt.Country when it is set. Hits are ranked by the tiers of doc.go, then
// newest first; near-duplicates share a row. A blank query returns every
// article in scope, newest first, and a query of qualifiers alone the
// articles they allow, newest first. A bad qualifier is a *QueryError.
// Search returns ctx.Err() when ctx is cancelled before it is done. Each
// call starts from the whole index; a Searcher also narrows the previous
// results.
func (s *Store) Search(ctx context.Context, query string, opt Options) (*Results, error) {
	q, err := parseQuery(query)
	if err != nil {
		return nil, err
	}
	res, err := s.search(ctx, q, query, opt, nil, false)
	if res != nil {
		res.release(s.ix()) // kept only for a Searcher to narrow
	}
	return res, err
}

// search runs q, starting from prev's matches when prev is not nil: the
// caller has made sure that every match of q is among them. keepHead says
// whether a later search may narrow from the results, so that the tiers
// without the last group are worth keeping (see run).
func (s *Store) search(ctx context.Context, q *query, query string, opt Options, prev *Results, keepHead bool) (*Results, error) {
	if err := s.checkFolders(q); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Results{Query: query, q: q, scope: opt.Country, Dropped: q.dropped}
	if q.blank() {
		scope := s.all
		if opt.Country != "" {
			scope = s.lookups().byCountry[opt.Country]
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
	if err := s.run(ctx, res, prev, opt, keepHead); err != nil {
		return nil, err
	}
	return res, nil
}

// acc is what a candidate has gathered over the groups evaluated so far.
// Its fields are in the order that packs it in 24 bytes: a search reads
// and writes one for every candidate of every group.
type acc struct {
	terms    uint64  // positive terms matched
	weight   float32 // BM25, summed over groups
	lastMask uint16  // sentence buckets of the last group added
	allMask  uint16  // sentence buckets every group added has
	matched  uint8   // terms matched, the alternatives of | groups counted
	typos    uint8
	field    uint8
	exact    uint8
	prox     uint8 // neighbouring groups that share a sentence
	groups   uint8 // groups added
}

// gacc is one group's match in one candidate, packed in one word so that a
// posting costs one load and one store of it: a one-letter term writes one
// for most articles, millions of times, in no order. From the low bits:
// the matchValue of the best match (0 for none; 8 bits), the sentence
// buckets (12), the candidate's length class (6, set before the postings
// are read, so that a posting finds it beside the rest) and the BM25
// weight's float32 bits (32). A weight is never negative, so the larger
// of two weights has the larger bits.
type gacc uint64

const (
	gaccMaskShift  = 8
	gaccClassShift = 24
	gaccBestMask   = 1<<gaccMaskShift - 1
)

func (g gacc) best() uint8     { return uint8(g) }
func (g gacc) mask() uint16    { return uint16(g>>gaccMaskShift) & sentenceMask }
func (g gacc) weight() float32 { return math.Float32frombits(uint32(g >> 32)) }

// newGacc is a candidate's gacc before any posting: no match, its length class.
func newGacc(class uint8) gacc { return gacc(class&(lengthClasses-1)) << gaccClassShift }

// groupTerms says which of a group's terms each candidate matched: the
// group's one term when it has one, else a mask per candidate.
type groupTerms struct {
	one  uint64
	alts []uint64
}

func (gt *groupTerms) of(slot int, g gacc) uint64 {
	if gt.alts != nil {
		return gt.alts[slot]
	}
	if g.best() > 1 { // 1 is a negated alternative's least match
		return gt.one
	}
	return 0
}

func (a *acc) add(g gacc, terms uint64) {
	a.weight += g.weight()
	a.terms |= terms
	a.matched = sat8(int(a.matched) + bits.OnesCount64(terms))
	best, mask := g.best(), g.mask()
	tb := &bestTiers[best]
	a.typos = sat8(int(a.typos) + int(tb.typos))
	a.field = sat8(int(a.field) + int(tb.field))
	a.exact = sat8(int(a.exact) + int(tb.exact))
	if a.groups == 0 {
		a.allMask = mask
	} else {
		a.allMask &= mask
		if a.lastMask&mask != 0 {
			a.prox = sat8(int(a.prox) + 1)
		}
	}
	a.lastMask = mask
	a.groups = sat8(int(a.groups) + 1)
}

// bestTiers is what a group's best match (a matchValue) adds to the typos,
// field and exactness tiers: a table, since every candidate of every
// group looks it up.
var bestTiers = func() (t [256]struct{ typos, field, exact uint8 }) {
	for v := range t {
		q, rank := uint8(v)/3, uint8(v)%3
		t[v].typos = uint8(min(typoCost(q), 255))
		t[v].field = rank
		t[v].exact = uint8(exactness(q))
	}
	return t
}()

func sat8(x int) uint8 { return uint8(min(x, 255)) }

// run computes the hits of res.q, starting from prev when it is not nil.
// The qualifiers and negations make one filter first; then the groups are
// evaluated one after another, each over the candidates the ones before
// left, stopping when none are left.
func (s *Store) run(ctx context.Context, res *Results, prev *Results, opt Options, keepHead bool) error {
	ix := s.ix()
	q := res.q
	allowed := s.filter(q, opt)
	for i := range q.negs {
		ms, err := ix.matchVocab(ctx, &q.negs[i])
		if err != nil {
			return err
		}
		if allowed == nil {
			allowed = newBitset(ix.n)
			allowed.fill(ix.n)
		}
		for _, m := range ms {
			for _, p := range ix.postings(int(m.word)) {
				a := p >> fieldBits
				allowed[a/64] &^= 1 << (a % 64)
			}
		}
	}

	// cands and accs are read from prev and written to buffers of this
	// search's own, so that prev stays whole (a search that is cancelled
	// leaves it to narrow from) without being copied first. accs == nil
	// stands for zero tiers: nothing gathered yet.
	var cands []uint32 // nil: every article
	var accs []acc
	owned := false // cands and accs are this search's own, not prev's
	start := 0
	switch {
	case prev != nil:
		res.narrowed = true
		for start < len(prev.q.groups) && slices.Equal(prev.q.groups[start], q.groups[start]) {
			start++
		}
		cands = prev.arts
		if start == len(prev.q.groups) {
			accs = prev.accAll
		} else {
			accs = prev.accHead
		}
		if start == len(q.groups) { // q is prev's query: nothing is evaluated
			cands, accs = ix.cloneArts(cands), ix.cloneAccs(accs)
			owned = true
		}
	case allowed != nil:
		cands, owned = allowed.membersInto(ix.getArts(0)), true
	}
	if len(q.groups) == 0 && cands == nil {
		cands, owned = ix.getArts(ix.n), true
		for i := range cands {
			cands[i] = uint32(i)
		}
	}

	positive := 0 // bit of the group's first positive term
	for g := range start {
		positive += countPositive(q.groups[g])
	}
	var head []acc
	search := ix.folds.begin()
	for g := start; g < len(q.groups); g++ {
		group := q.groups[g]
		if cands != nil && len(cands) == 0 {
			break
		}
		out, gt, shared, err := ix.evalGroup(ctx, group, positive, cands, search)
		if err != nil {
			if owned {
				ix.putArts(cands)
				ix.putAccs(accs)
			}
			ix.putAccs(head)
			return err
		}
		positive += countPositive(group)
		// Keep the candidates the group matched, in place once they are
		// this search's own: the set only shrinks, so a long query
		// allocates it once. The tiers without the last group are kept
		// only when a next, longer query could narrow from them (a
		// Searcher's; Store.Search never narrows), and not at all when
		// they are zero (a query of one group).
		last := keepHead && g == len(q.groups)-1 && q.lastNarrowable() && g > 0
		var dstC []uint32
		var dstA []acc
		if cands == nil {
			n := 0
			for a := range out {
				if out[a].best() != 0 {
					n++
				}
			}
			dstC, dstA = ix.getArts(n)[:0], ix.getAccs(n)[:0]
			for a := range out {
				if out[a].best() != 0 {
					var ac acc
					ac.add(out[a], gt.of(a, out[a]))
					dstC = append(dstC, uint32(a))
					dstA = append(dstA, ac)
				}
			}
		} else if owned && accs != nil && !last {
			// The common case of a long query: the tiers are this
			// search's own, added to in place, and moved only when a
			// candidate before them dropped out.
			k := 0
			for j, g := range out[:len(cands)] {
				if g.best() == 0 {
					continue
				}
				if k != j {
					cands[k], accs[k] = cands[j], accs[j]
				}
				accs[k].add(g, gt.of(j, g))
				k++
			}
			dstC, dstA = cands[:k], accs[:k]
		} else {
			dstC, dstA = cands, accs
			if !owned {
				dstC = ix.getArts(len(cands))
			}
			if !owned || accs == nil {
				dstA = ix.getAccs(len(cands))
			}
			if last {
				head = ix.getAccs(len(cands))[:0]
			}
			k := 0
			for j := range cands {
				if out[j].best() == 0 {
					continue
				}
				var ac acc
				if accs != nil {
					ac = accs[j]
				}
				if last {
					head = append(head, ac)
				}
				ac.add(out[j], gt.of(j, out[j]))
				dstC[k], dstA[k] = cands[j], ac
				k++
			}
			dstC, dstA = dstC[:k], dstA[:k]
		}
		cands, accs, owned = dstC, dstA, true
		if !shared {
			ix.putGroup(out)
		}
	}
	if prev != nil && start == len(q.groups) {
		head = ix.cloneAccs(prev.accHead) // q is prev's query: nothing was evaluated
	}
	if cands == nil {
		cands = []uint32{}
	}
	if len(q.phrases) > 0 {
		keep := s.phrases(ctx, q.phrases, cands)
		if keep == nil {
			return ctx.Err()
		}
		k := 0
		for j, ok := range keep {
			if ok {
				cands[k] = cands[j]
				if accs != nil { // nil: nothing to rank by
					accs[k] = accs[j]
				}
				if head != nil {
					head[k] = head[j]
				}
				k++
			}
		}
		cands = cands[:k]
		if accs != nil {
			accs = accs[:k]
		}
		if head != nil {
			head = head[:k]
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	res.arts, res.accAll, res.accHead = cands, accs, head
	s.rank(res, opt.Limit, len(q.groups) > 0)
	return nil
}

func countPositive(group []term) int {
	n := 0
	for _, t := range group {
		if !t.neg {
			n++
		}
	}
	return n
}

// slots returns a slot per article, every one -1, from a pool.
func (ix *index) slots() []int32 {
	if v := ix.slotFree.get(); v != nil {
		return v
	}
	s := make([]int32, ix.n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// putSlots returns slots to the pool after resetting the ones cands set.
func (ix *index) putSlots(s []int32, cands []uint32) {
	for _, a := range cands {
		s[a] = -1
	}
	ix.slotFree.put(s)
}

func (ix *index) putGroup(out []gacc) { ix.groupFree.put(out) }

// bufCap is the capacity a search's buffer of n is made with: the most
// any search needs when n is a large part of the articles, so that the
// buffer serves every later search, and n when it is small.
func (ix *index) bufCap(n int) int {
	if n >= ix.n/16 {
		return max(n, ix.n)
	}
	return n
}

// getArts returns a buffer of n article numbers, from the free list when
// one there is large enough. Its contents are left as they were.
func (ix *index) getArts(n int) []uint32 {
	if v := ix.artsFree.get(); v != nil && cap(v) >= n {
		return v[:n]
	}
	return make([]uint32, n, ix.bufCap(n)) // never nil: nil stands for every article
}

// getAccs returns n zero tiers, from the free list when it can.
func (ix *index) getAccs(n int) []acc {
	if v := ix.accFree.get(); v != nil && cap(v) >= n {
		v = v[:n]
		clear(v)
		return v
	}
	return make([]acc, n, ix.bufCap(n))
}

func (ix *index) putArts(v []uint32) {
	if cap(v) > 0 {
		ix.artsFree.put(v[:0])
	}
}

func (ix *index) putAccs(v []acc) {
	if cap(v) > 0 {
		ix.accFree.put(v[:0])
	}
}

func (ix *index) cloneArts(v []uint32) []uint32 {
	if v == nil {
		return nil
	}
	out := ix.getArts(len(v))
	copy(out, v)
	return out
}

func (ix *index) cloneAccs(v []acc) []acc {
	if v == nil {
		return nil
	}
	out := ix.getAccs(len(v))
	copy(out, v)
	return out
}

// release gives the matches a Results kept for narrowing back to the
// index's free lists: no search reads them any more.
func (r *Results) release(ix *index) {
	ix.putArts(r.arts)
	ix.putAccs(r.accAll)
	ix.putAccs(r.accHead)
	r.arts, r.accAll, r.accHead = nil, nil, nil
}

// group returns a gacc for each candidate (every article when cands is
// nil), with nothing matched yet, from the free list when it can.
func (ix *index) group(cands []uint32) []gacc {
	n := ix.n
	if cands != nil {
		n = len(cands)
	}
	out := ix.groupBuf(n)
	if cands == nil {
		for a, c := range ix.lenClass[:n] {
			out[a] = newGacc(c)
		}
	} else {
		for j, a := range cands {
			out[j] = newGacc(ix.lenClass[a])
		}
	}
	return out
}

// groupBuf returns a buffer of n gaccs from the free list when it can, its
// contents as they were.
func (ix *index) groupBuf(n int) []gacc {
	out := ix.groupFree.get()
	if cap(out) < n {
		out = make([]gacc, n, max(n, ix.n))
	}
	return out[:n]
}

// qualWeight scales a match's BM25 weight by its quality: a word as typed
// says more than a prefix, a typo or a subsequence.
var qualWeight = [...]float32{qualNone: 0, qualGaps: 0.3, qualTypo2: 0.4, qualTypo1: 0.5, qualInside: 0.6, qualPrefix: 0.8, qualWhole: 1}

// evalGroup matches one group over the candidates (every article when
// cands is nil): out[j] is candidate j's match. The group's positive terms
// are bits firstBit… of the matched terms. A negated term in an OR group
// counts as the least match for the articles without it. search is the
// search's number for the folds memo (termFolds.begin). A shared out is
// the memo's, to read and not to give back (putGroup).
func (ix *index) evalGroup(ctx context.Context, group []term, firstBit int, cands []uint32, search uint64) (out []gacc, gt groupTerms, shared bool, err error) {
	if len(cands) == ix.n {
		cands = nil // every article: candidate j is article j, and needs no slot
	}
	gt = groupTerms{one: 1 << (firstBit % 64)}
	// A group of one term that the memo has folded needs no matching:
	// over every article the fold is the group's match, which the caller
	// reads in place (shared), and over some it is gathered.
	if len(group) == 1 && !group[0].neg {
		if sum := ix.folds.get(&group[0], search); sum != nil {
			if cands == nil {
				ix.walked.Add(int64(ix.n))
				return sum, gt, true, nil
			}
			ix.walked.Add(int64(len(cands)))
			out = ix.groupBuf(len(cands))
			for j, a := range cands {
				out[j] = sum[a]
			}
			return out, gt, false, nil
		}
	}
	nslots := ix.n
	var slotOf []int32
	if cands != nil {
		nslots = len(cands)
		slotOf = ix.slots()
		for j, a := range cands {
			slotOf[a] = int32(j)
		}
		defer ix.putSlots(slotOf, cands)
	}
	out = ix.group(cands)
	bit := firstBit
	if countPositive(group) > 1 {
		gt.alts = make([]uint64, nslots)
	}
	var negs []*term
	for i := range group {
		t := &group[i]
		if t.neg {
			negs = append(negs, t)
			continue
		}
		b := uint64(1) << (bit % 64)
		if sum := ix.folds.get(t, search); sum != nil {
			mergeSum(sum, b, cands, out, gt.alts)
			ix.walked.Add(int64(len(out)))
			bit++
			continue
		}
		ms, err := ix.matchVocab(ctx, t)
		if err == nil {
			if sum, rest := ix.letterSum(t, ms); sum != nil {
				mergeSum(sum, b, cands, out, gt.alts)
				ix.walked.Add(int64(len(out)))
				ms = rest
			} else if sum := ix.termFold(t, ms, search); sum != nil {
				mergeSum(sum, b, cands, out, gt.alts)
				ix.walked.Add(int64(len(out)))
				ms = nil
			}
			err = ix.union(ctx, ms, b, slotOf, cands, out, gt.alts)
		}
		if err != nil {
			ix.putGroup(out)
			return nil, gt, false, err
		}
		bit++
	}
	for _, t := range negs {
		ms, err := ix.matchVocab(ctx, t)
		if err != nil {
			ix.putGroup(out)
			return nil, gt, false, err
		}
		has := newBitset(ix.n)
		for _, m := range ms {
			for _, p := range ix.postings(int(m.word)) {
				has.set(p >> fieldBits)
			}
		}
		for j := range out {
			a := uint32(j)
			if cands != nil {
				a = cands[j]
			}
			if !has.has(a) && out[j].best() == 0 {
				out[j] |= 1
			}
		}
	}
	return out, gt, false, nil
}

// unionMin is the number of postings below which union uses one core.
const unionMin = 1 << 15

// union adds the matches in ms of one term (bit) to out, for every
// candidate that a matched word occurs in. On several cores each worker
// takes a range of candidates, so that no two write to the same element.
func (ix *index) union(ctx context.Context, ms []wordMatch, bit uint64, slotOf []int32, cands []uint32, out []gacc, alts []uint64) error {
	total := 0
	for _, m := range ms {
		total += int(ix.postOff[m.word+1] - ix.postOff[m.word])
	}
	ix.walked.Add(int64(total))
	parts := 1
	if total >= unionMin && len(out) >= 1024 {
		parts = maxWorkers()
	}
	idfs := make([]float32, len(ms))
	for k, m := range ms {
		idfs[k] = idf(int(ix.postOff[m.word+1]-ix.postOff[m.word]), ix.n) * qualWeight[m.qual]
	}
	return parallel(ctx, parts, func(p int) {
		slo, shi := len(out)*p/parts, len(out)*(p+1)/parts
		if slo == shi {
			return
		}
		alo, ahi := uint32(slo), uint32(shi)
		if cands != nil {
			alo, ahi = cands[slo], cands[shi-1]+1
		}
		var table [1 << fieldBits]gacc
		for k, m := range ms {
			if k%64 == 63 && ctx.Err() != nil {
				return
			}
			for f := range table {
				table[f] = gacc(matchValue(m.qual, fieldRank(uint32(f))))
			}
			lo, hi := ix.postOff[m.word], ix.postOff[m.word+1]
			posts, infos := ix.posts[lo:hi], ix.infos[lo:hi]
			if parts > 1 || cands != nil {
				i, j := postingsIn(posts, alo, ahi)
				posts, infos = posts[i:j], infos[i:j]
			}
			if slotOf == nil && alts == nil {
				foldPostings(posts, infos, out, &table, idfs[k])
			} else {
				foldPostingsSlots(posts, infos, out, &table, idfs[k], slotOf, alts, bit)
			}
		}
	})
}

// foldPostings folds one word's postings into out, candidate j being
// article j: the best match, the sentence buckets and the largest weight
// of each. It is the loop a search spends its time in: one load and one
// store of a gacc a posting, and no branch on the data.
func foldPostings(posts []uint32, infos []uint16, out []gacc, table *[1 << fieldBits]gacc, w float32) {
	infos = infos[:len(posts)]
	for i, p := range posts {
		g := &out[p>>fieldBits]
		*g = foldPosting(*g, p, infos[i], table, w)
	}
}

// foldPostingsSlots is foldPostings over some candidates, slotOf[a] being
// article a's (-1 for none), and marks the term's bit in alts when that is
// not nil.
func foldPostingsSlots(posts []uint32, infos []uint16, out []gacc, table *[1 << fieldBits]gacc, w float32, slotOf []int32, alts []uint64, bit uint64) {
	infos = infos[:len(posts)]
	for i, p := range posts {
		slot := int32(p >> fieldBits)
		if slotOf != nil {
			if slot = slotOf[slot]; slot < 0 {
				continue
			}
		}
		g := &out[slot]
		*g = foldPosting(*g, p, infos[i], table, w)
		if alts != nil {
			alts[slot] |= bit
		}
	}
}

// foldPosting adds one posting, of a word with weight w, to g.
func foldPosting(g gacc, p uint32, info uint16, table *[1 << fieldBits]gacc, w float32) gacc {
	x := math.Float32bits(w * tfTable[info>>sentenceBuckets][g>>gaccClassShift&(lengthClasses-1)])
	weight := max(uint32(g>>32), x)
	best := max(g&gaccBestMask, table[p&fieldMask])
	low := uint32(g)&^gaccBestMask | uint32(info&sentenceMask)<<gaccMaskShift
	return gacc(weight)<<32 | gacc(low) | best
}

// A term of one letter, as the first keystroke of every query is, matches
// every word that starts with it: for `t`, 2,900 words and twenty postings
// an article. What it finds in each article, but for the one word that is
// the letter itself, depends on the letter alone, so it is folded once per
// index, the first time the letter is asked for, and kept: a later search
// reads one entry an article instead of the postings. Digits and a–z have
// one each; a letter whose words have fewer than letterSumMin postings an
// article has none, as walking them costs less than reading one.
const (
	letterSums   = 36
	letterSumMin = 2
)

// letterSum is a letter's fold: a gacc per article.
type letterSum struct {
	once sync.Once
	g    []gacc // nil when not worth keeping
}

func letterSlot(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case '0' <= c && c <= '9':
		return 26 + int(c-'0')
	}
	return -1
}

// letterSum returns the fold of the words t matches as a prefix when t is
// one letter that has one, and the rest of ms (the letter as a whole
// word), which the caller walks as usual; or nil and ms.
func (ix *index) letterSum(t *term, ms []wordMatch) ([]gacc, []wordMatch) {
	if t.effectiveKind() != kindPrefix || len(t.text) != 1 || t.stem != t.text {
		return nil, ms
	}
	slot := letterSlot(t.text[0])
	if slot < 0 {
		return nil, ms
	}
	var prefixed, rest []wordMatch
	for _, m := range ms {
		if m.qual == qualPrefix {
			prefixed = append(prefixed, m)
		} else {
			rest = append(rest, m)
		}
	}
	ls := &ix.letters[slot]
	ls.once.Do(func() {
		total := 0
		for _, m := range prefixed {
			total += len(ix.postings(int(m.word)))
		}
		if total < letterSumMin*ix.n {
			return
		}
		g := make([]gacc, ix.n)
		for a, c := range ix.lenClass {
			g[a] = newGacc(c)
		}
		// Not cancelled with the search that asked first: the next one
		// with the letter reads it.
		if ix.union(context.Background(), prefixed, 0, nil, nil, g, nil) == nil {
			ls.g = g
		}
	})
	if ls.g == nil {
		return nil, ms
	}
	return ls.g, rest
}

// mergeSum adds a letter's fold to out, over the candidates (every article
// when cands is nil), marking bit in alts for those it matches when alts
// is not nil.
func mergeSum(sum []gacc, bit uint64, cands []uint32, out []gacc, alts []uint64) {
	merge := func(g, s gacc) gacc {
		weight := max(uint32(g>>32), uint32(s>>32))
		best := max(g&gaccBestMask, s&gaccBestMask)
		return gacc(weight)<<32 | gacc(uint32(g)&^gaccBestMask|uint32(s)&^gaccBestMask) | best
	}
	if cands == nil {
		sum = sum[:len(out)]
		for a, s := range sum {
			out[a] = merge(out[a], s)
			if alts != nil && s.best() != 0 {
				alts[a] |= bit
			}
		}
		return
	}
	for j, a := range cands {
		s := sum[a]
		out[j] = merge(out[j], s)
		if alts != nil && s.best() != 0 {
			alts[j] |= bit
		}
	}
}

// postingsIn returns the postings of articles [lo, hi), as [i, j).
func postingsIn(posts []uint32, lo, hi uint32) (int, int) {
	i, _ := slices.BinarySearchFunc(posts, lo, func(p, a uint32) int { return cmpU32(p>>fieldBits, a) })
	j, _ := slices.BinarySearchFunc(posts[i:], hi, func(p, a uint32) int { return cmpU32(p>>fieldBits, a) })
	return i, i + j
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

// Blank reports whether the query had nothing to search for (no words, only
// punctuation or operators), so that every article in scope matched.
func (r *Results) Blank() bool { return r.q == nil || r.q.blank() }
