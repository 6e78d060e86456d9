package store

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzSearch runs arbitrary queries: no panic, hits in order, and every
// highlight inside its snippet.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"potash", "ha noi", "belarus !ukraine", "korea | azerbaijan", "'tract", "^trac", "ash$", "qjk?[]", "! x",
		"|", "!", "'", "^$", "a | | b", "jong-un", "Việt Nam", "\x00", "\xff", "🇧🇾",
	} {
		f.Add(seed, "")
	}
	f.Add("belarus", "BY")
	st := New(bundled(f))
	f.Fuzz(func(t *testing.T, query, country string) {
		res, err := st.Search(context.Background(), query, Options{Country: country, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		for i := range res.Hits {
			if i > 0 && res.Hits[i].Score > res.Hits[i-1].Score {
				t.Fatalf("hit %d scores %d above hit %d's %d", i, res.Hits[i].Score, i-1, res.Hits[i-1].Score)
			}
			sn := res.Snippet(i)
			n := utf8.RuneCountInString(sn.Text)
			for _, r := range sn.Highlights {
				if r.Start < 0 || r.End > n || r.Start >= r.End {
					t.Fatalf("highlight %v outside snippet of %d runes %q", r, n, sn.Text)
				}
			}
		}
		for _, r := range res.Match("Belarus and Việt Nam sign a potash deal") {
			if r.Start < 0 || r.End > 39 || r.Start >= r.End {
				t.Fatalf("Match range %v out of bounds", r)
			}
		}
	})
}
