package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"
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

// FuzzParseQuery parses arbitrary query lines: no panic; at most maxTerms
// terms, none empty; a bad qualifier is a QueryError with a plain message;
// and a parsed query's own rendering parses to the same terms.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"potash", "c:AZ", "!c:RU belarus", "src:azertac", `src:"korea joongang"`, "by:kim", "date:2025-05..2025-07",
		"date:..2025-06-30", "date:2025-06-01..", "date:2025-13", "is:unread", "is:later", "c:narnia", "rugby|cricket",
		`"gordon brown"`, `!"gordon brown" x`, `"open`, "cease-fire", "minister's", "a | b | !c", "||", "c:", ":", "C:by",
		strings.Repeat("x ", 200), strings.Repeat("a|", 100), "\x00c:\xff", "date:2025-02-29", "date:2024-02-29",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := parseQuery(s)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Msg == "" {
				t.Fatalf("%q: error %v is not a QueryError", s, err)
			}
			for _, r := range qe.Msg {
				if unicode.IsControl(r) {
					t.Fatalf("%q: control character in %q", s, qe.Msg)
				}
			}
			return
		}
		n := len(q.negs)
		for _, g := range q.groups {
			if len(g) == 0 {
				t.Fatalf("%q: an empty group", s)
			}
			for _, tm := range g {
				n++
				if tm.text == "" || tm.runeLen != utf8.RuneCountInString(tm.text) || !strings.HasPrefix(tm.text, tm.stem) {
					t.Fatalf("%q: bad term %+v", s, tm)
				}
			}
		}
		if n > maxTerms {
			t.Fatalf("%q: %d terms", s, n)
		}
		for _, ql := range q.quals {
			if int(ql.kind) >= len(qualNames) || (ql.kind == qualDate && ql.lo > ql.hi) {
				t.Fatalf("%q: bad qualifier %+v", s, ql)
			}
		}
		if len(q.quals) == 0 && q.dropped == 0 {
			again, err := parseQuery(q.String())
			if err != nil || again.String() != q.String() {
				t.Fatalf("%q parses to %q, which parses to %v (%v)", s, q.String(), again, err)
			}
		}
	})
}
