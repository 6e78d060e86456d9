package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"dateline/articles"
)

// fakeMarks are marks kept in maps, as the library would answer them.
type fakeMarks struct{ read, saved map[string]bool }

func (m fakeMarks) EachMarked(fn func(key string, read, saved bool)) {
	for key := range m.read {
		fn(key, true, m.saved[key])
	}
	for key := range m.saved {
		if !m.read[key] {
			fn(key, false, true)
		}
	}
}

func TestQualifiersBundled(t *testing.T) {
	s := New(bundled(t))
	ids := map[string]string{}
	for _, a := range s.All() {
		ids[a.ID[:3]] = a.MarkKey()
	}
	// A mark of an article that is not in the store (deleted, or in another
	// folder) changes nothing.
	marks := fakeMarks{read: map[string]bool{ids["000"]: true, "gone": true}, saved: map[string]bool{ids["004"]: true, "gone too": true}}
	tests := []struct {
		query   string
		exactly []string // in this order
		anyOf   []string // in any order
	}{
		{query: "c:AZ", exactly: []string{"004"}},
		{query: "c:az", exactly: []string{"004"}},
		{query: "src:azertac", exactly: []string{"004"}},
		{query: "src:AZERTAC", exactly: []string{"004"}},
		{query: "date:2025-05..2025-07", exactly: []string{"000", "002"}},
		{query: "date:2025", exactly: []string{"001", "000", "002"}},
		{query: "date:2025-07-04", exactly: []string{"000"}},
		{query: "date:2025-07", exactly: []string{"000"}},
		{query: "date:..2025-06-30", exactly: []string{"002"}},
		{query: "date:2025-06-01..", exactly: []string{"001", "000"}},
		{query: "!date:2025", exactly: []string{"004", "003"}}, // yearless and undated fall outside every range
		{query: "belarus !c:RU", anyOf: []string{"000", "002", "004"}},
		{query: "c:belarus", exactly: []string{"001", "000", "002", "004", "003"}},
		{query: "c:BY", exactly: []string{"001", "000", "002", "004", "003"}},
		{query: "c:belarusian", exactly: []string{"001", "000", "002", "004", "003"}},
		{query: "c:KP c:RU", exactly: []string{"001"}},
		{query: "c:north korea", exactly: []string{}}, // two tokens: c:north is no country… see TestQualifierErrors
		{query: `c:"north korea"`, exactly: []string{"001"}},
		{query: "potash c:BY", exactly: []string{"003"}},
		{query: "potash c:KP", exactly: []string{}},
		{query: "is:read", exactly: []string{"000"}},
		{query: "is:unread", exactly: []string{"001", "002", "004", "003"}},
		{query: "is:saved", exactly: []string{"004"}},
		{query: "!is:saved c:AZ", exactly: []string{}},
		{query: "c:", exactly: []string{"001", "000", "002", "004", "003"}}, // still typing
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r, err := s.Search(context.Background(), tt.query, Options{Marks: marks})
			if tt.query == "c:north korea" {
				if err == nil {
					t.Fatal("c:north korea: no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := shortIDs(r)
			if tt.exactly != nil && !slices.Equal(got, tt.exactly) {
				t.Errorf("hits %v, want %v", got, tt.exactly)
			}
			if tt.anyOf != nil && !slices.Equal(slices.Sorted(slices.Values(got)), tt.anyOf) {
				t.Errorf("hits %v, want %v in any order", got, tt.anyOf)
			}
			for _, h := range r.Hits {
				if tt.query == "belarus !c:RU" {
					for _, m := range h.Article.Countries {
						if m.Code() == "RU" {
							t.Errorf("%s is tagged RU", h.Article.ID)
						}
					}
				}
			}
		})
	}
}

func TestQualifierErrors(t *testing.T) {
	s := New(bundled(t))
	for _, q := range []string{"c:narnia", "date:2025-13", "date:2025-02-30", "date:25", "date:2025-07..2025-05", "date:..", "is:later", "potash c:xx", "!c:narnia"} {
		_, err := s.Search(context.Background(), q, Options{})
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Msg == "" {
			t.Errorf("%q: error %v, want a QueryError", q, err)
		}
	}
	// Not qualifiers: a word with a colon that names none.
	for _, q := range []string{"10:30", "http://x", "note:"} {
		if _, err := s.Search(context.Background(), q, Options{}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
}

// TestQualifierMatchesCountryScope: choosing a country and typing c: mean
// the same.
func TestQualifierMatchesCountryScope(t *testing.T) {
	s := generatedStore(t, 3000)
	for _, q := range []string{"", "potash", "korea trade", "belarus !ukraine"} {
		a := mustSearch(t, s, q, Options{Country: "BY"})
		b := mustSearch(t, s, q+" c:BY", Options{})
		if !sameHits(a.Hits, b.Hits) {
			t.Errorf("%q: scope BY gives %d hits, c:BY %d", q, len(a.Hits), len(b.Hits))
		}
	}
}

// TestMarksByKey checks is: over articles found by their MarkKey: a key
// two articles share marks both, and an article without a Key is known by
// its ID.
func TestMarksByKey(t *testing.T) {
	s := New([]*articles.Article{
		{ID: "a", Key: "k1", Title: "one"},
		{ID: "b", Key: "k1", Title: "two"},
		{ID: "c", Title: "three"},
		{ID: "d", Key: "k4", Title: "four"},
	})
	marks := fakeMarks{read: map[string]bool{"k1": true, "c": true}, saved: map[string]bool{"k4": true}}
	for query, want := range map[string][]string{
		"is:read":             {"a", "b", "c"},
		"is:unread":           {"d"},
		"is:saved":            {"d"},
		"!is:read":            {"d"},
		"is:unread !is:saved": {},
	} {
		r, err := s.Search(context.Background(), query, Options{Marks: marks})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.Article.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("%s: %v, want %v", query, got, want)
		}
	}
}

// TestFilterOfNoneFirst checks that a filter that allows no article gives
// no hits on a store's first search too, before any buffer is reused.
func TestFilterOfNoneFirst(t *testing.T) {
	for _, q := range []string{"c:uk", "c:uk potash", "date:1990"} {
		r, err := New(bundled(t)).Search(context.Background(), q, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != 0 || len(r.Hits) != 0 {
			t.Errorf("%s: %d hits, want none", q, r.Total)
		}
	}
}

// TestQualifiersAloneAfterTerms checks that a query of qualifiers alone,
// run after one with terms on the same store, lists its articles newest
// first with nothing of the earlier ranking left in them.
func TestQualifiersAloneAfterTerms(t *testing.T) {
	s := New(bundled(t))
	want := mustSearch(t, New(bundled(t)), "c:BY", Options{})
	for _, q := range []string{"belarus potash", "p", "tractor | korea"} {
		mustSearch(t, s, q, Options{})
		got := mustSearch(t, s, "c:BY", Options{})
		if !slices.Equal(shortIDs(got), shortIDs(want)) {
			t.Fatalf("after %q: c:BY gives %v, want %v", q, shortIDs(got), shortIDs(want))
		}
		for _, h := range got.Hits {
			if h.Score != 0 {
				t.Fatalf("after %q: %s scores %d in a query with nothing to score", q, h.Article.ID, h.Score)
			}
		}
	}
}
