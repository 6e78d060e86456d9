package store

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"dateline/articles"
	"dateline/articles/fold"
	"dateline/store/evaltest"
)

var evalCorpus = sync.OnceValues(func() (*evaltest.Corpus, []*articles.Article) {
	c := evaltest.Generate()
	arts := make([]*articles.Article, len(c.Files))
	for i, f := range c.Files {
		a, err := articles.Parse(f.ID(), f.Data)
		if err != nil {
			panic(err)
		}
		arts[i] = a
	}
	return c, arts
})

// TestRankingQuality measures the ranking on the labelled corpus of
// evaltest: nDCG@5 and P@5 over its information needs, beside a plain BM25
// over the same articles. The floors are below the figures measured, so
// that a change that makes the ranking worse fails.
func TestRankingQuality(t *testing.T) {
	c, arts := evalCorpus()
	s := New(arts)
	bm := newBM25(arts)
	var ndcg, p5, bmNDCG, bmP5 float64
	for i, n := range c.Needs {
		r, err := s.Search(context.Background(), n.Query, Options{Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		d, p := c.Score(i, ids(r))
		bd, bp := c.Score(i, bm.top(n.Query, 5))
		ndcg, p5, bmNDCG, bmP5 = ndcg+d, p5+p, bmNDCG+bd, bmP5+bp
		if testing.Verbose() {
			t.Logf("%-30q nDCG@5 %.2f P@5 %.2f   BM25 %.2f %.2f", n.Query, d, p, bd, bp)
		}
	}
	k := float64(len(c.Needs))
	ndcg, p5, bmNDCG, bmP5 = ndcg/k, p5/k, bmNDCG/k, bmP5/k
	t.Logf("%d needs over %d articles: nDCG@5 %.3f, P@5 %.3f; plain BM25 nDCG@5 %.3f, P@5 %.3f", len(c.Needs), len(arts), ndcg, p5, bmNDCG, bmP5)
	if len(c.Needs) < 30 {
		t.Errorf("%d needs, want at least 30", len(c.Needs))
	}
	if ndcg < 0.93 || p5 < 0.9 {
		t.Errorf("nDCG@5 %.3f, P@5 %.3f: below the floors 0.93 and 0.9", ndcg, p5)
	}
	if ndcg <= bmNDCG {
		t.Errorf("nDCG@5 %.3f is no better than plain BM25's %.3f", ndcg, bmNDCG)
	}
}

// TestDuplicatesOnEvalCorpus checks the folding of near-duplicates against
// the corpus's wire copies: each copy is folded with its original, and
// nothing else is.
func TestDuplicatesOnEvalCorpus(t *testing.T) {
	c, arts := evalCorpus()
	s := New(arts)
	num := map[string]int{}
	for i, a := range s.All() {
		num[a.ID] = i
	}
	tp, fp, fn := 0, 0, 0
	for i, a := range s.All() {
		for j := i + 1; j < len(s.all); j++ {
			b := s.all[j]
			same := c.Story(a.ID) == c.Story(b.ID)
			folded := s.ix().dupOf[i] >= 0 && s.ix().dupOf[i] == s.ix().dupOf[j]
			switch {
			case same && folded:
				tp++
			case folded:
				fp++
			case same:
				fn++
			}
		}
	}
	t.Logf("pairs of copies folded: %d; missed %d; folded wrongly %d", tp, fn, fp)
	if fp > 0 || fn > tp/20 {
		t.Errorf("folding: %d right, %d missed, %d wrong", tp, fn, fp)
	}
}

// bm25 is a plain BM25 (k1 1.2, b 0.75) over the folded words of each
// article's title and body: the terms of the query as typed, ORed.
type bm25 struct {
	arts []*articles.Article
	tf   []map[string]int
	len  []int
	df   map[string]int
	avg  float64
}

func newBM25(arts []*articles.Article) *bm25 {
	b := &bm25{arts: arts, df: map[string]int{}}
	total := 0
	for _, a := range arts {
		tf := map[string]int{}
		n := 0
		add := func(s string) {
			fold.FoldedWords(s, nil, func(w []byte) { tf[string(w)]++; n++ })
		}
		add(a.Title)
		for _, p := range a.Body {
			add(p.Text)
		}
		for w := range tf {
			b.df[w]++
		}
		b.tf, b.len = append(b.tf, tf), append(b.len, n)
		total += n
	}
	b.avg = float64(total) / float64(max(1, len(arts)))
	return b
}

func (b *bm25) top(query string, k int) []string {
	var terms []string
	fold.FoldedWords(strings.ReplaceAll(query, "|", " "), nil, func(w []byte) { terms = append(terms, string(w)) })
	type scored struct {
		i     int
		score float64
	}
	var all []scored
	n := float64(len(b.arts))
	for i := range b.arts {
		sc := 0.0
		for _, t := range terms {
			f := float64(b.tf[i][t])
			if f == 0 {
				continue
			}
			df := float64(b.df[t])
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			sc += idf * f * 2.2 / (f + 1.2*(0.25+0.75*float64(b.len[i])/b.avg))
		}
		if sc > 0 {
			all = append(all, scored{i, sc})
		}
	}
	slices.SortStableFunc(all, func(x, y scored) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	var out []string
	for _, s := range all[:min(k, len(all))] {
		out = append(out, b.arts[s.i].ID)
	}
	return out
}
