package store

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// heavyQueries have terms whose words have several postings an article
// in the generated corpus, alone, together, as alternatives, over a
// country's articles, beside a negation and a phrase.
var heavyQueries = []string{
	"the", "^the", "'the", "th", "'he", "e$", "'in", "s$", "in",
	"the th 'he", "th | 'he | e$", "the !belarus", "c:BY the e$",
	"'he potash", "\"of the\" th", "^the$ | s$ | 'an",
	"the th 'he e$ s$", "the th 'he potash e$ s$", "potash the th 'he",
}

// TestTermFoldsAgree holds a search that reads a term's fold to the hits,
// scores and matched terms of one that walks the term's postings: each
// query is run four times (asked once, folded, read, read again) against
// one run on the same store with the memo emptied before it.
func TestTermFoldsAgree(t *testing.T) {
	s := New(convert(articlestest.Generate(2000)))
	ix := s.ix()
	ctx := context.Background()
	for _, q := range heavyQueries {
		ix.folds.reset()
		want, err := s.Search(ctx, q, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want.Total == 0 {
			t.Fatalf("%q matched nothing", q)
		}
		for run := range 4 {
			got, err := s.Search(ctx, q, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || !sameHits(got.Hits, want.Hits) || !sameTerms(got.Hits, want.Hits) {
				t.Errorf("%q, run %d: %d hits, want %d, or other scores or terms", q, run+2, got.Total, want.Total)
			}
		}
	}
	if n, _ := ix.folds.held(); n == 0 {
		t.Error("no query was folded: the test reads no fold")
	}
}

// TestTermFoldsAgreeWhileTyping types queries of heavy terms into a
// Searcher, which narrows from the query before, three times over (the
// second folds them, the third reads the folds), each keystroke's hits
// those of a search with the memo emptied.
func TestTermFoldsAgreeWhileTyping(t *testing.T) {
	s := New(convert(articlestest.Generate(2000)))
	ix := s.ix()
	ctx := context.Background()
	ref := New(s.All()) // the same articles, searched with its memo emptied
	const typed = "the th 'he e$ s$ potash"
	for round := range 3 {
		se := NewSearcher(s)
		for i := 1; i <= len(typed); i++ {
			q := typed[:i]
			got, err := se.Search(ctx, q, Options{})
			if err != nil {
				t.Fatal(err)
			}
			ref.ix().folds.reset()
			want := mustSearch(t, ref, q, Options{})
			if got.Total != want.Total || !sameHits(got.Hits, want.Hits) || !sameTerms(got.Hits, want.Hits) {
				t.Errorf("round %d, %q: %d hits, want %d, or other scores or terms", round+1, q, got.Total, want.Total)
			}
		}
	}
	if n, _ := ix.folds.held(); n == 0 {
		t.Error("no query was folded: the test reads no fold")
	}
}

func sameTerms(a, b []Hit) bool {
	return slices.EqualFunc(a, b, func(x, y Hit) bool { return x.terms == y.terms })
}

// TestTermFoldsOnSecondAsk: a query run once (the command line's) leaves
// nothing in the memo; run again, its heavy terms are folded, and read
// after that, one entry an article.
func TestTermFoldsOnSecondAsk(t *testing.T) {
	s := New(convert(articlestest.Generate(2000)))
	ix := s.ix()
	n := int64(s.Len())
	mustSearch(t, s, "th 'he", Options{})
	if got, _ := ix.folds.held(); got != 0 {
		t.Fatalf("after one run the memo holds %d folds, want 0", got)
	}
	walked := walkedBy(t, s, "th 'he")
	if got, _ := ix.folds.held(); got != 2 {
		t.Fatalf("after two runs the memo holds %d folds, want 2", got)
	}
	if got := walkedBy(t, s, "th 'he"); got > 2*n || got >= walked {
		t.Errorf("read from the memo, th 'he walked %d over %d articles (%d when folding), want at most %d", got, n, walked, 2*n)
	}
}

// TestTermFoldsBounded asks for more heavy terms than the memo holds, each
// twice, then a query of more heavy terms than it holds, twice: the memo
// never holds more than foldsMax folds or foldsBytes, the second run keeps
// the folds the first made (it walks the rest rather than evict them), and
// the hits are those of a walk.
func TestTermFoldsBounded(t *testing.T) {
	s := New(convert(articlestest.Generate(1000)))
	ix := s.ix()
	ctx := context.Background()
	var heavy []string
	for _, term := range []string{"e$", "s$", "n$", "t$", "d$", "y$", "r$", "l$", "a$", "o$",
		"'an", "'en", "'in", "'on", "'er", "'re", "'th", "'he", "'nd", "'te", "'es", "'st", "'ar", "'or"} {
		ms, err := ix.matchVocab(ctx, &mustParse(term).groups[0][0])
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, m := range ms {
			total += len(ix.postings(int(m.word)))
		}
		if total >= foldMin*ix.n {
			heavy = append(heavy, term)
		}
	}
	if len(heavy) <= foldsMax {
		t.Fatalf("only %d heavy terms (%q), want more than %d", len(heavy), heavy, foldsMax)
	}
	for _, term := range heavy {
		mustSearch(t, s, term, Options{})
		mustSearch(t, s, term, Options{})
		if n, bytes := ix.folds.held(); n > foldsMax || bytes > foldsBytes {
			t.Fatalf("the memo holds %d folds, %d bytes; want at most %d and %d", n, bytes, foldsMax, foldsBytes)
		}
	}
	if n, _ := ix.folds.held(); n != foldsMax {
		t.Errorf("the memo holds %d folds after %d heavy terms, want %d", n, len(heavy), foldsMax)
	}

	ix.folds.reset()
	q := strings.Join(heavy, " | ")
	want := mustSearch(t, s, q, Options{})
	first := mustSearch(t, s, q, Options{}) // folds the first foldsMax terms
	folded, _ := ix.folds.held()
	if folded != foldsMax {
		t.Errorf("a query of %d heavy terms, run twice, folded %d, want %d", len(heavy), folded, foldsMax)
	}
	for run := range 2 {
		got := mustSearch(t, s, q, Options{})
		if !sameHits(got.Hits, want.Hits) || !sameHits(first.Hits, want.Hits) {
			t.Errorf("run %d of %d heavy terms: hits differ from a walk's", run+3, len(heavy))
		}
		if n, _ := ix.folds.held(); n != folded {
			t.Errorf("run %d: the memo holds %d folds, want the %d it made", run+3, n, folded)
		}
	}
	t.Logf("%d heavy terms: %q", len(heavy), heavy)
}
