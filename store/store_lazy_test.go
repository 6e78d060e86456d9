package store

import (
	"fmt"
	"slices"
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

// TestNewOrder: New orders the articles newest first, then by ID, and two
// that tie keep the order they were given in, however many there are.
func TestNewOrder(t *testing.T) {
	var arts []*articles.Article
	for i := range 300 {
		d := articles.Date{Year: 2000 + i%5, Month: 1, Day: 1, Precision: articles.DateFull}
		arts = append(arts, &articles.Article{ID: fmt.Sprintf("a%02d", i%10), Title: fmt.Sprint(i), Date: d})
	}
	got := New(arts).All()
	for i := 1; i < len(got); i++ {
		c := storeOrder(got[i-1], got[i])
		if c > 0 || c == 0 && slices.Index(arts, got[i-1]) > slices.Index(arts, got[i]) {
			t.Fatalf("%d: %s %s before %s %s", i, got[i-1].ID, got[i-1].Title, got[i].ID, got[i].Title)
		}
	}
}
