package store

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// plainGroup is what evalGroup computes for a group of one positive term,
// read from the postings the plain way: per candidate, the best
// matchValue, the sentence buckets and the largest weight.
func plainGroup(ix *index, t *term, cands []uint32) (best []uint8, mask []uint16, weight []float32) {
	n := ix.n
	if cands != nil {
		n = len(cands)
	}
	slot := map[uint32]int{}
	for j, a := range cands {
		slot[a] = j
	}
	best, mask, weight = make([]uint8, n), make([]uint16, n), make([]float32, n)
	ms, err := ix.matchVocab(context.Background(), t)
	if err != nil {
		panic(err)
	}
	for _, m := range ms {
		w := idf(len(ix.postings(int(m.word))), ix.n) * qualWeight[m.qual]
		lo := ix.postOff[m.word]
		for i, p := range ix.postings(int(m.word)) {
			a := p >> fieldBits
			j := int(a)
			if cands != nil {
				var ok bool
				if j, ok = slot[a]; !ok {
					continue
				}
			}
			info := ix.infos[int(lo)+i]
			best[j] = max(best[j], matchValue(m.qual, fieldRank(p&fieldMask)))
			mask[j] |= info & sentenceMask
			weight[j] = max(weight[j], w*tfTable[tfOf(info)][ix.lenClass[a]])
		}
	}
	return best, mask, weight
}

// TestGroupMatchesPostings holds the packed per-candidate matches of a
// group to the plain reading of the postings, over every article and over
// some, for terms of every kind.
func TestGroupMatchesPostings(t *testing.T) {
	ix := generatedStore(t, 3000).ix()
	var some []uint32
	for a := range uint32(ix.n) {
		if a%3 != 1 {
			some = append(some, a)
		}
	}
	for _, q := range []string{"t", "the", "'the", "s$", "^po", "potash", "potsh", "bilatral", "^the$", "zzqx"} {
		group := mustParse(q).groups[0]
		for _, cands := range [][]uint32{nil, some} {
			out, _, _, err := ix.evalGroup(context.Background(), group, 0, cands, ix.folds.begin())
			if err != nil {
				t.Fatal(err)
			}
			best, mask, weight := plainGroup(ix, &group[0], cands)
			bad := 0
			for j, g := range out {
				if g.best() != best[j] || g.mask() != mask[j] || g.weight() != weight[j] {
					if bad++; bad <= 3 {
						t.Errorf("%q, %d candidates: candidate %d has best %d mask %x weight %v, want %d %x %v",
							q, len(out), j, g.best(), g.mask(), g.weight(), best[j], mask[j], weight[j])
					}
				}
			}
			ix.putGroup(out)
		}
	}
}

// walkedBy returns how many postings and folded entries one search read.
func walkedBy(t *testing.T, s *Store, query string) int64 {
	t.Helper()
	before := s.ix().walked.Load()
	mustSearch(t, s, query, Options{})
	return s.ix().walked.Load() - before
}

// TestManyTermsWorkIsBounded holds a query of 10,000 terms that each match
// every article to a small multiple of the work of one of them: once a
// one-letter term's letter has been searched for, it reads an entry an
// article, not the postings of every word that starts with it.
func TestManyTermsWorkIsBounded(t *testing.T) {
	s := New(convert(articlestest.Generate(3000)))
	n := int64(s.Len())
	words := everyArticleTerms(s)
	if len(words) < 5 || !slices.Contains(words, "t") {
		t.Fatalf("every-article terms %q: want five, t among them", words)
	}
	mustSearch(t, s, "t", Options{}) // folds t
	if got := walkedBy(t, s, "t"); got > 2*n {
		t.Errorf("t read %d postings over %d articles, want at most %d", got, n, 2*n)
	}
	long := make([]string, 10000)
	for i := range long {
		long[i] = words[i%len(words)]
	}
	one, many := walkedBy(t, s, words[0]), walkedBy(t, s, strings.Join(long, " "))
	t.Logf("%s: %d; 10,000 terms of %q: %d (%.1f×)", words[0], one, words, many, float64(many)/float64(one))
	if many > 4*one {
		t.Errorf("10,000 terms of %q read %d postings, %.1f× the %d of %s alone; want at most 4×",
			words, many, float64(many)/float64(one), one, words[0])
	}
}
