package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
	"dateline/store/storetest"
)

func countsText(cs []store.Country) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s %d", c.Code, c.Articles))
	}
	return strings.Join(parts, ", ")
}

func daysText(ds []store.DayCount) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%s %d", d.Date, d.Count))
	}
	return strings.Join(parts, ", ")
}

func TestCountScopeBundled(t *testing.T) {
	arts, err := articles.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	st := store.New(arts)
	byID := func(prefixes ...string) []*articles.Article {
		var out []*articles.Article
		for _, a := range st.All() {
			for _, p := range prefixes {
				if strings.HasPrefix(a.ID, p) {
					out = append(out, a)
				}
			}
		}
		return out
	}
	for _, tc := range []struct {
		name      string
		scope     []*articles.Article
		focus     string
		countries string
		days      string
		undated   int
		together  string
	}{
		{
			name: "all", scope: st.All(),
			countries: "BY 5, CN 2, RU 2, AZ 1, LT 1, KP 1, KR 1, UA 1, VN 1",
			days:      "2025-05-11 1, 2025-07-04 1, 2025-09-09 1",
			undated:   2,
		},
		{
			name: "Belarus", scope: st.All(), focus: "by",
			countries: "BY 5, CN 2, RU 2, AZ 1, LT 1, KP 1, KR 1, UA 1, VN 1",
			days:      "2025-05-11 1, 2025-07-04 1, 2025-09-09 1",
			undated:   2,
			together:  "CN 2, RU 2, AZ 1, LT 1, KP 1, KR 1, UA 1, VN 1",
		},
		{
			name: "Russia", scope: st.All(), focus: "RU",
			countries: "BY 5, CN 2, RU 2, AZ 1, LT 1, KP 1, KR 1, UA 1, VN 1",
			days:      "2025-09-09 1",
			undated:   1,
			together:  "BY 2, CN 2, LT 1, KP 1, UA 1",
		},
		{
			name: "a scope of two", scope: byID("002", "004"), focus: "AZ",
			countries: "BY 2, AZ 1, VN 1",
			undated:   1,
			together:  "BY 1",
		},
		{name: "nothing", scope: nil, focus: "BY"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := st.CountScope(context.Background(), tc.scope, tc.focus)
			if err != nil {
				t.Fatal(err)
			}
			if c.Articles != len(tc.scope) {
				t.Errorf("Articles %d, want %d", c.Articles, len(tc.scope))
			}
			if got := countsText(c.Countries); got != tc.countries {
				t.Errorf("countries\n got %s\nwant %s", got, tc.countries)
			}
			if got := daysText(c.Days); got != tc.days {
				t.Errorf("days\n got %s\nwant %s", got, tc.days)
			}
			if c.Undated != tc.undated {
				t.Errorf("undated %d, want %d", c.Undated, tc.undated)
			}
			if got := countsText(c.Together); got != tc.together {
				t.Errorf("together\n got %s\nwant %s", got, tc.together)
			}
		})
	}
}

// TestCountScopeTotals checks the counts of a generated scope against a
// plain recount: every article lands in exactly one day or in undated.
func TestCountScopeTotals(t *testing.T) {
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	arts := storetest.Dated(5000, from, from.AddDate(2, 0, -1))
	st := store.New(arts)
	c, err := st.CountScope(context.Background(), st.All(), "")
	if err != nil {
		t.Fatal(err)
	}
	sum := c.Undated
	for i, d := range c.Days {
		sum += d.Count
		if i > 0 && c.Days[i-1].Date.Compare(d.Date) <= 0 {
			t.Fatalf("days out of order at %s", d.Date)
		}
	}
	if sum != len(arts) {
		t.Errorf("days and undated sum to %d, want %d", sum, len(arts))
	}
	for _, k := range c.Countries {
		if n := len(st.ByCountry(k.Code)); n != k.Articles {
			t.Errorf("%s: %d, the store says %d", k.Code, k.Articles, n)
		}
	}
	f, err := st.CountScope(context.Background(), st.All(), "BY")
	if err != nil {
		t.Fatal(err)
	}
	sum = f.Undated
	for _, d := range f.Days {
		sum += d.Count
	}
	if sum != len(st.ByCountry("BY")) {
		t.Errorf("Belarus's days sum to %d, want %d", sum, len(st.ByCountry("BY")))
	}
	for _, k := range f.Together {
		both := 0
		for _, a := range st.ByCountry("BY") {
			for _, m := range a.Countries {
				if m.Code() == k.Code {
					both++
				}
			}
		}
		if both != k.Articles {
			t.Errorf("BY and %s together %d, recount %d", k.Code, k.Articles, both)
		}
	}
}

// TestCountScopeSummary counts large scopes, which go through the store's
// summary, and the same scopes with an article from elsewhere, which go
// through the articles: the counts must be the same.
func TestCountScopeSummary(t *testing.T) {
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	st := store.New(storetest.Dated(30000, from, from.AddDate(2, 0, -1)))
	for _, scope := range []struct {
		name string
		arts []*articles.Article
	}{
		{"all", st.All()},
		{"US", st.ByCountry("US")},
		{"CN", st.ByCountry("CN")},
		{"a search's", st.All()[1000:9000]}, // a slice of the store's, but not one of its own
	} {
		if len(scope.arts) < 5000 {
			t.Fatalf("%s: %d articles, too few for the summary", scope.name, len(scope.arts))
		}
		for _, focus := range []string{"", "BY", "US", "MT", "ZZ"} {
			fast, err := st.CountScope(context.Background(), scope.arts, focus)
			if err != nil {
				t.Fatal(err)
			}
			foreign := &articles.Article{ID: "elsewhere"}
			slow, err := st.CountScope(context.Background(), append(slices.Clone(scope.arts), foreign), focus)
			if err != nil {
				t.Fatal(err)
			}
			slow.Articles--
			if focus == "" {
				slow.Undated-- // the foreign article has no date
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Errorf("%s, focus %q: the summary counts\n%+v\nthe articles\n%+v", scope.name, focus, fast, slow)
			}
		}
	}
}

func TestCountScopeCancelled(t *testing.T) {
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	st := store.New(storetest.Dated(10000, from, from.AddDate(1, 0, 0)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if c, err := st.CountScope(ctx, st.All(), "BY"); !errors.Is(err, context.Canceled) || c != nil {
		t.Errorf("cancelled: %v, %v", c, err)
	}
}

// BenchmarkCountScope counts a whole store, and a search's results (a
// slice that is not one of the store's own), of 100 and 100,000 articles,
// with and without a focus. Budget: 50 ms at 100,000. A search's first
// count also maps the articles to the summary's rows, once; the first count
// runs outside the loop, and BenchmarkCountScopeFirst times it.
func BenchmarkCountScope(b *testing.B) {
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{100, 100_000} {
		st := store.New(storetest.Dated(n, from, from.AddDate(7, 0, -1)))
		scopes := []struct {
			name string
			arts []*articles.Article
		}{{"all", st.All()}, {"search", slices.Clone(st.All()[:n*9/10])}}
		for _, sc := range scopes {
			for _, focus := range []string{"", "BY"} {
				b.Run(fmt.Sprintf("%d/%s/focus=%q", n, sc.name, focus), func(b *testing.B) {
					if _, err := st.CountScope(context.Background(), sc.arts, focus); err != nil {
						b.Fatal(err)
					}
					b.ReportAllocs()
					for b.Loop() {
						if _, err := st.CountScope(context.Background(), sc.arts, focus); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// BenchmarkCountScopeFirst is the first count of a search's results in a
// store of 100,000 articles.
func BenchmarkCountScopeFirst(b *testing.B) {
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	arts := storetest.Dated(100_000, from, from.AddDate(7, 0, -1))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		st := store.New(slices.Clone(arts))
		b.StartTimer()
		if _, err := st.CountScope(context.Background(), slices.Clone(st.All()[:90_000]), "BY"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummarise is what packing the articles adds to New at 100,000.
func BenchmarkSummarise(b *testing.B) {
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	arts := storetest.Dated(100_000, from, from.AddDate(7, 0, -1))
	b.ReportAllocs()
	for b.Loop() {
		_ = store.SummariseForBench(arts)
	}
}
