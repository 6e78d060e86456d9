package store

import (
	"sync"
	"testing"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// TestIndexOnDemand checks that a store builds its index only when a
// search needs it, once, even when searches start at once, and that
// Prepare builds the same index.
func TestIndexOnDemand(t *testing.T) {
	var arts []*articles.Article
	for _, f := range articlestest.Generate(600) {
		a, err := articles.Parse(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	s := New(arts)
	if s.built != nil {
		t.Fatal("New built the index")
	}
	if s.Len() != len(arts) || len(s.All()) != len(arts) {
		t.Fatalf("%d articles, want %d", s.Len(), len(arts))
	}
	var wg sync.WaitGroup
	got := make([]*index, 8)
	for i := range got {
		wg.Go(func() { got[i] = s.ix() })
	}
	wg.Wait()
	for _, ix := range got {
		if ix == nil || ix != got[0] {
			t.Fatalf("searches at once saw indexes %p and %p", ix, got[0])
		}
	}
	prepared := New(arts)
	prepared.Prepare()
	if prepared.built == nil {
		t.Fatal("Prepare built no index")
	}
	if a, b := got[0].vocabLen(), prepared.built.vocabLen(); a != b || a == 0 {
		t.Errorf("vocabularies of %d and %d words", a, b)
	}
}
