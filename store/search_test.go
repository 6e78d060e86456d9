package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// shortIDs returns the first three characters of each hit's ID ("003").
func shortIDs(r *Results) []string {
	ids := make([]string, len(r.Hits))
	for i, h := range r.Hits {
		ids[i] = h.Article.ID[:min(3, len(h.Article.ID))]
	}
	return ids
}

func mustSearch(t *testing.T, s *Store, q string, opt Options) *Results {
	t.Helper()
	r, err := s.Search(context.Background(), q, opt)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return r
}

func TestSearchBundled(t *testing.T) {
	s := New(bundled(t))
	tests := []struct {
		query   string
		exactly []string // the hits in this order, when set
		anyOf   []string // the hits in any order, when set
		first   string   // the first hit, when set
		field   Field    // the first hit's snippet field, with first
	}{
		{query: "potash", exactly: []string{"003"}},
		{query: "potsh", exactly: []string{"003"}},
		{query: "POTASH", exactly: []string{"003"}},
		{query: "tractor", anyOf: []string{"003", "004"}},
		{query: "pyongyang", first: "001", field: FieldBody}, // the title matched, but the body says more
		{query: "viet nam", first: "002", field: FieldBody},
		{query: "Việt Nam", first: "002", field: FieldBody},
		{query: "ha noi", first: "002", field: FieldDateline},
		{query: "azertac", exactly: []string{"004"}, first: "004", field: FieldSource},
		{query: "bkru", exactly: []string{}},
		{query: "zzqx", exactly: []string{}},
		{query: "belarus !ukraine", anyOf: []string{"000", "001", "002", "004"}},
		{query: "korea | azerbaijan", anyOf: []string{"000", "001", "004"}},
		{query: "korea", anyOf: []string{"000", "001"}},
		{query: "lithuania", first: "003", field: FieldBody, anyOf: []string{"003"}},
		{query: "!ukraine", exactly: []string{"001", "000", "002", "004"}},
		{query: "", exactly: []string{"001", "000", "002", "004", "003"}},
		{query: "   ", exactly: []string{"001", "000", "002", "004", "003"}},
		{query: "'otash", exactly: []string{"003"}},
		{query: "'potsh", exactly: []string{}},
		{query: "^potash$", exactly: []string{"003"}},
		{query: "^pota$", exactly: []string{}},
		{query: "^kreml", exactly: []string{"001"}},
		{query: "kremlin$", exactly: []string{"001"}},
		{query: "^tractors$", anyOf: []string{"003", "004"}},
		{query: "united nations", first: "003", field: FieldDateline},
		{query: "potash tractor", exactly: []string{"003"}},
		{query: "potash !fertilizer", exactly: []string{}},
		{query: "potash | pyongyang", anyOf: []string{"001", "003"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := mustSearch(t, s, tt.query, Options{})
			got := shortIDs(r)
			if tt.exactly != nil && !slices.Equal(got, tt.exactly) {
				t.Errorf("hits %v, want %v", got, tt.exactly)
			}
			if tt.anyOf != nil {
				sorted := slices.Sorted(slices.Values(got))
				if !slices.Equal(sorted, tt.anyOf) {
					t.Errorf("hits %v, want %v in any order", got, tt.anyOf)
				}
			}
			if tt.first != "" {
				if len(got) == 0 || got[0] != tt.first {
					t.Fatalf("hits %v, want %s first", got, tt.first)
				}
				if sn := r.Snippet(0); sn.Field != tt.field {
					t.Errorf("snippet field %v (%q), want %v", sn.Field, sn.Text, tt.field)
				}
			}
			if r.Total != len(r.Hits) {
				t.Errorf("Total %d with %d hits and no limit", r.Total, len(r.Hits))
			}
		})
	}
}

func TestSearchNoKoreaIn002And003(t *testing.T) {
	s := New(bundled(t))
	for _, q := range []string{"korea", "'korea"} {
		for _, id := range shortIDs(mustSearch(t, s, q, Options{})) {
			if id == "002" || id == "003" {
				t.Errorf("%q finds %s", q, id)
			}
		}
	}
}

func TestSnippet(t *testing.T) {
	s := New(bundled(t))
	tests := []struct {
		query, id string
		field     Field
		text      string // the snippet, or its start when it ends with "…"
		hl        []Range
		hlText    []string // what the highlights cover
	}{
		{"ha noi", "002", FieldDateline, "HÀ NỘI", []Range{{0, 2}, {3, 6}}, []string{"HÀ", "NỘI"}},
		{"azertac", "004", FieldSource, "AZERTAC", []Range{{0, 7}}, []string{"AZERTAC"}},
		{"pyongyang", "001", FieldBody, "Belarusian President Alexander Lukashenko on Tuesday sent a congratulatory message…",
			[]Range{{188, 197}}, []string{"Pyongyang"}},
		{"viet", "002", FieldBody, "The state visit to Belarus by Party General Secretary Tô Lâm, his spouse and a Việt Namese…",
			[]Range{{79, 83}, {187, 191}, {286, 290}}, []string{"Việt", "Việt", "Viet"}},
		{"viet nam", "002", FieldBody, "The state visit to Belarus by Party General Secretary Tô Lâm…",
			[]Range{{79, 83}, {84, 87}, {187, 191}, {192, 195}, {286, 290}}, []string{"Việt", "Nam", "Việt", "Nam", "Viet"}}, // nam is short: a prefix, not inside Vietnam
		{"potsh", "003", FieldBody, "The foreign minister criticized neighboring Lithuania for blocking transit routes that Belarus traditionally used to ship potash fertilizer to the global South.",
			[]Range{{122, 128}}, []string{"potash"}},
		{"tractor belarus", "003", FieldBody, "The country also holds a significant share in the production of tractors and harvesting equipment.",
			[]Range{{64, 72}}, []string{"tractors"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := mustSearch(t, s, tt.query, Options{})
			i := slices.IndexFunc(r.Hits, func(h Hit) bool { return strings.HasPrefix(h.Article.ID, tt.id) })
			if i < 0 {
				t.Fatalf("%s not found: %v", tt.id, shortIDs(r))
			}
			sn := r.Snippet(i)
			if sn.Field != tt.field {
				t.Errorf("field %v, want %v", sn.Field, tt.field)
			}
			if start, ok := strings.CutSuffix(tt.text, "…"); ok {
				if !strings.HasPrefix(sn.Text, start) {
					t.Errorf("text %q, want it to start %q", sn.Text, start)
				}
			} else if sn.Text != tt.text {
				t.Errorf("text %q, want %q", sn.Text, tt.text)
			}
			if !slices.Equal(sn.Highlights, tt.hl) {
				t.Errorf("highlights %v, want %v", sn.Highlights, tt.hl)
			}
			runes := []rune(sn.Text)
			for k, h := range sn.Highlights {
				if k < len(tt.hlText) && (h.End > len(runes) || string(runes[h.Start:h.End]) != tt.hlText[k]) {
					t.Errorf("highlight %v covers %q, want %q", h, string(runes[h.Start:min(h.End, len(runes))]), tt.hlText[k])
				}
			}
		})
	}
}

func TestSnippetBlankQuery(t *testing.T) {
	s := New(bundled(t))
	r := mustSearch(t, s, "", Options{})
	sn := r.Snippet(0)
	if sn.Field != FieldBody || sn.Highlights != nil || !strings.HasPrefix(sn.Text, "Belarusian President Alexander Lukashenko gestures") {
		t.Errorf("blank query snippet %+v", sn)
	}
}

func TestMatch(t *testing.T) {
	s := New(bundled(t))
	tests := []struct {
		query, text string
		want        []Range
	}{
		{"viet nam", "Việt Nam and Vietnam", []Range{{0, 4}, {5, 8}, {13, 17}}},
		{"ha noi", "HÀ NỘI — talks", []Range{{0, 2}, {3, 6}}},
		{"viet", "Vie\u0323\u0302t Nam", []Range{{0, 6}}}, // decomposed: the marks are inside
		{"potsh", "Potash, potash!", []Range{{0, 6}, {8, 14}}},
		{"potsh", "pots hold", []Range{{0, 4}}}, // one edit from pots; not across words
		{"potsh", "po tsh", nil},
		{"pota", "a potash export", []Range{{2, 6}}},
		{"belarus !potash", "Belarus potash", []Range{{0, 7}}},
		{"'rus", "Belarus and Russia", []Range{{4, 7}, {12, 15}}},
		{"^rus", "Belarus and Russia", []Range{{12, 15}}},
		{"rus$", "Belarus and Russia", []Range{{4, 7}}},
		{"korea | pyongyang", "North Korea's Pyongyang", []Range{{6, 11}, {14, 23}}},
		{"p", "people who opposed", []Range{{0, 1}}},
		{"", "anything", nil},
		{"!belarus", "Belarus", nil},
	}
	for _, tt := range tests {
		r := mustSearch(t, s, tt.query, Options{})
		if got := r.Match(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q.Match(%q) = %v, want %v", tt.query, tt.text, got, tt.want)
		}
	}
}

func TestSearchScopeAndLimit(t *testing.T) {
	s := New(bundled(t))
	if got := shortIDs(mustSearch(t, s, "belarus", Options{Country: "KP"})); !slices.Equal(got, []string{"001"}) {
		t.Errorf("belarus in KP: %v", got)
	}
	if got := shortIDs(mustSearch(t, s, "", Options{Country: "CN"})); !slices.Equal(got, []string{"001", "003"}) {
		t.Errorf("blank in CN: %v", got)
	}
	if got := shortIDs(mustSearch(t, s, "potash", Options{Country: "XX"})); len(got) != 0 {
		t.Errorf("potash in XX: %v", got)
	}
	full := mustSearch(t, s, "belarus", Options{})
	for limit := 1; limit <= 6; limit++ {
		r := mustSearch(t, s, "belarus", Options{Limit: limit})
		n := min(limit, len(full.Hits))
		if !sameHits(r.Hits, full.Hits[:n]) || r.Total != len(full.Hits) {
			t.Errorf("limit %d: %v (total %d), want %v (total %d)", limit, shortIDs(r), r.Total, shortIDs(full)[:n], len(full.Hits))
		}
	}
	if r := mustSearch(t, s, "", Options{Limit: 2}); len(r.Hits) != 2 || r.Total != 5 {
		t.Errorf("blank with limit 2: %d hits, total %d", len(r.Hits), r.Total)
	}
}

func TestRanking(t *testing.T) {
	s := New(bundled(t))
	r := mustSearch(t, s, "belarus", Options{})
	for i := 1; i < len(r.Hits); i++ {
		a, b := r.Hits[i-1], r.Hits[i]
		if a.Score < b.Score || (a.Score == b.Score && a.Article.Date.Compare(b.Article.Date) > 0) {
			t.Errorf("%s (%d) before %s (%d)", a.Article.ID, a.Score, b.Article.ID, b.Score)
		}
	}
	// The whole word beats a prefix, which beats a word inside, which beats gaps.
	qual := func(t, w string) uint8 {
		tt := mustParse(t).groups[0][0]
		q, _, _ := matchWord(&tt, w)
		return q
	}
	if !(qual("korea", "korea") > qual("korea", "korean") && qual("korea", "korean") > qual("orea", "korean") &&
		qual("orea", "korean") > qual("krea", "korean") && qual("krea", "korean") > 0) {
		t.Error("match qualities out of order")
	}
	// A title match beats the same match in the body.
	if matchValue(qualWhole, 0) <= matchValue(qualPrefix, 2) || matchValue(qualWhole, 2) <= matchValue(qualWhole, 1) {
		t.Error("match values out of order")
	}
}

func TestTightestWindow(t *testing.T) {
	tests := []struct {
		term, word string
		start, end int
	}{
		{"potsh", "potash", 0, 6},
		{"bkru", "breakthrough", 0, 10},
		{"ab", "axxbab", 4, 6},
		{"abc", "abxxabxc", 4, 8},
		{"ab", "ba", -1, -1},
		{"viet", "vietnam", 0, 4},
		{"ne", "việtnamese", 4, 8}, // not folded: ệ is not e
		{"ăn", "tăng", 1, 3},
	}
	for _, tt := range tests {
		if s, e := tightestWindow(tt.term, tt.word); s != tt.start || e != tt.end {
			t.Errorf("tightestWindow(%q, %q) = %d, %d; want %d, %d", tt.term, tt.word, s, e, tt.start, tt.end)
		}
	}
	rule := []struct {
		term, word string
		match      bool
	}{
		{"potsh", "potash", true},        // 6 ≤ 5+2
		{"bkru", "breakthrough", false},  // 10 > 4+1
		{"ptsh", "potash", false},        // 6 > 4+1
		{"pa", "potash", false},          // 4 > 2+1
		{"pyg", "pyongyang", false},      // window 6 > 4
		{"pyog", "pyongyang", true},      // "pyong" 5 ≤ 5
		{"blrs", "belarus", false},       // 7 > 5
		{"belrus", "belarusian", true},   // 7 ≤ 8
		{"x", "tax", false},              // one letter: prefixes only
		{"t", "tax", true},               //
		{"'x", "tax", false},             // one letter, even exact: prefixes only
		{"'a", "tax", false},             //
		{"x$", "tax", true},              // but a suffix is a suffix
		{"azrbjn", "azerbaijan", false},  // 10 > 8
		{"azerbjan", "azerbaijan", true}, // 10 ≤ 10
	}
	for _, tt := range rule {
		term := mustParse(tt.term).groups[0][0]
		q, _, _ := matchWord(&term, tt.word)
		if (q != qualNone) != tt.match {
			t.Errorf("%q matches %q: %v, want %v", tt.term, tt.word, q != qualNone, tt.match)
		}
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Potash  ", "potash"},
		{"viet nam", "viet nam"},
		{"Việt Nam", "viet nam"},
		{"HÀ NỘI", "ha noi"},
		{"'exact ^pre suf$ ^whole$", "'exact ^pre suf$ ^whole$"},
		{"belarus !ukraine", "belarus !ukraine"},
		{"!Ukraine belarus", "belarus !ukraine"},
		{"korea | azerbaijan", "korea | azerbaijan"},
		{"trade korea | azerbaijan | 'baku potash", "trade korea | azerbaijan | 'baku potash"},
		{"| korea |", "korea"},
		{"jong-un", "jongun"},
		{"kim | jong-un", "kim | jongun"},
		{"' ^ $ ! |", ""},
		{"!^pre !suf$", "!^pre !suf$"},
		{"!a | b", "!a | b"},
		{"$", ""},
	}
	for _, tt := range tests {
		if got := mustParse(tt.in).String(); got != tt.want {
			t.Errorf("parseQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNarrows(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"po", "pot", true},        // short terms match prefixes only
		{"pot", "pota", false},     // a four-letter term matches inside words
		{"pota", "potas", false},   // the window grows from 5 to 7
		{"potas", "potash", false}, // typos: potash forgives words that potas does not
		{"p", "po", true},
		{"potash", "potash belarus", true},
		{"potash b", "potash be", true},
		{"potash be", "potash bel", true},
		{"potash bel", "potash bela", false},
		{"c:BY potash", "c:BY potash tractor", true},
		{"c:BY potash", "c:KP potash tractor", false},
		{"is:unread potash", "is:unread potash tractor", false}, // marks change under a search
		{`"potash exports"`, `"potash exports" belarus`, false},
		{"potash", "potash", true},
		{"potash", "pot", false},
		{"potash", "belarus potash", false},
		{"'pot", "'pota", true},
		{"'p", "'po", false}, // one letter matches prefixes only
		{"^p", "^po", true},
		{"^pot", "^potash", true},
		{"pot$", "pota$", false},
		{"pot", "'pota", false},
		{"potash", "potash !belarus", false},
		{"potash", "potash | belarus", false},
		{"potash !x", "potash !x belarus", false},
		{"", "potash", false},
		{"korea tr", "korea tra", true},
		{"korea tr", "kor tra", false},
	}
	for _, tt := range tests {
		if got := mustParse(tt.next).narrows(mustParse(tt.prev)); got != tt.want {
			t.Errorf("%q narrows %q: %v, want %v", tt.next, tt.prev, got, tt.want)
		}
	}
}

// generated returns a store over n generated articles, built once per n.
var generated = struct {
	sync.Mutex
	m map[int]*Store
}{m: map[int]*Store{}}

func generatedStore(tb testing.TB, n int) *Store {
	tb.Helper()
	generated.Lock()
	defer generated.Unlock()
	if s, ok := generated.m[n]; ok {
		return s
	}
	s := New(convert(articlestest.Generate(n)))
	generated.m[n] = s
	return s
}

// typing is what a user types, keystroke by keystroke.
var typing = [][]string{
	{"p", "po", "pot", "pota", "potas", "potash", "potash belarus"},
	{"k", "ko", "kor", "kore", "korea", "korea ", "korea t", "korea tr", "korea tra", "korea trad", "korea trade"},
	{"b", "be", "bel", "bela", "belar", "belaru", "belarus", "belarus !", "belarus !u", "belarus !uk"},
	{"'t", "'tr", "'tra", "'trac", "'tract", "'tractor"},
	{"^m", "^mi", "^min", "^mins", "^minsk"},
	{"viet", "viet n", "viet na", "viet nam", "viet nam ha", "viet nam ha noi"},
	{"z", "zz", "zzq", "zzqx"},
}

func TestNarrowingIsExact(t *testing.T) {
	for _, s := range []*Store{New(bundled(t)), generatedStore(t, 3000)} {
		for _, opt := range []Options{{}, {Country: "BY"}, {Limit: 20}} {
			narrowed := 0
			se := NewSearcher(s)
			for _, seq := range typing {
				for _, q := range seq {
					got, err := se.Search(context.Background(), q, opt)
					if err != nil {
						t.Fatal(err)
					}
					want := mustSearch(t, s, q, opt)
					if got.narrowed {
						narrowed++
					}
					if want.narrowed {
						t.Fatalf("%q: narrowed without leave", q)
					}
					if !sameHits(got.Hits, want.Hits) || got.Total != want.Total {
						t.Fatalf("%q (%+v): narrowed %v gives %d hits, a fresh search %d", q, opt, got.narrowed, len(got.Hits), len(want.Hits))
					}
				}
			}
			if narrowed < 15 {
				t.Errorf("only %d searches were narrowed", narrowed)
			}
		}
	}
}

func TestNarrowingScopes(t *testing.T) {
	st := generatedStore(t, 3000)
	s := NewSearcher(st)
	ctx := context.Background()
	// A limit cuts the rows, not the matches kept to narrow from.
	if _, err := s.Search(ctx, "po", Options{Limit: 3}); err != nil {
		t.Fatal(err)
	}
	r, err := s.Search(ctx, "pot", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := mustSearch(t, st, "pot", Options{}); !r.narrowed || !sameHits(r.Hits, want.Hits) || r.Total != want.Total {
		t.Errorf("from capped results: narrowed %v, %d hits of %d; a fresh search %d of %d", r.narrowed, len(r.Hits), r.Total, len(want.Hits), want.Total)
	}
	if _, err := s.Search(ctx, "po", Options{Country: "BY"}); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Search(ctx, "pot", Options{}); r.narrowed {
		t.Error("narrowed from another scope")
	}
	if _, err := s.Search(ctx, "po", Options{}); err != nil {
		t.Fatal(err)
	}
	s.Reset()
	if r, _ := s.Search(ctx, "pot", Options{}); r.narrowed {
		t.Error("narrowed after Reset")
	}
}

// TestStoreSearchDoesNotNarrow checks that the Store keeps no cache: only a
// Searcher narrows, and two Searchers do not share theirs.
func TestStoreSearchDoesNotNarrow(t *testing.T) {
	s := generatedStore(t, 3000)
	ctx := context.Background()
	for _, q := range []string{"po", "pot"} {
		if r := mustSearch(t, s, q, Options{}); r.narrowed || r.arts != nil {
			t.Errorf("Store.Search(%q) narrowed %v, keeps %d matches", q, r.narrowed, len(r.arts))
		}
	}
	a, b := NewSearcher(s), NewSearcher(s)
	if _, err := a.Search(ctx, "po", Options{}); err != nil {
		t.Fatal(err)
	}
	if r, _ := b.Search(ctx, "pot", Options{}); r.narrowed {
		t.Error("one Searcher narrowed from another's results")
	}
	if r, _ := a.Search(ctx, "pot", Options{}); !r.narrowed {
		t.Error("a Searcher did not narrow its own results")
	}
}

func TestConcurrentSearches(t *testing.T) {
	s := generatedStore(t, 2000)
	queries := []string{"p", "po", "pot", "potash", "potash belarus", "korea | azerbaijan", "belarus !ukraine", "viet nam", "ha noi", "", "tractor", "'rus", "^min"}
	want := make(map[string][]Hit)
	for _, q := range queries {
		want[q] = mustSearch(t, s, q, Options{}).Hits
	}
	se := NewSearcher(s)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range 30 {
				q := queries[(g*7+i)%len(queries)]
				search := s.Search
				if i%2 == 1 {
					search = se.Search
				}
				r, err := search(context.Background(), q, Options{})
				if err != nil {
					errs <- err
					return
				}
				if !sameHits(r.Hits, want[q]) {
					errs <- fmt.Errorf("%q: %d hits, want %d", q, len(r.Hits), len(want[q]))
					return
				}
				for k := range min(3, len(r.Hits)) {
					r.Snippet(k)
				}
				r.Match("Belarus potash")
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestSearchCancelled(t *testing.T) {
	s := generatedStore(t, 3000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, q := range []string{"p", "potash belarus", "", "belarus !ukraine"} {
		r, err := s.Search(ctx, q, Options{})
		if !errors.Is(err, context.Canceled) || r != nil {
			t.Errorf("%q on a cancelled context: %v, %v", q, r, err)
		}
	}

	// Cancelled while it runs: it returns promptly, with ctx.Err() unless it
	// was already done.
	ctx, cancel = context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.Search(ctx, "e", Options{})
		done <- err
	}()
	time.Sleep(100 * time.Microsecond)
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("error %v", err)
		}
		if d := time.Since(start); d > 50*time.Millisecond {
			t.Errorf("returned %v after cancel", d)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("search did not return after cancel")
	}

	// A deadline that has passed is ctx.Err() too.
	ctx, cancel = context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	if _, err := s.Search(ctx, "potash", Options{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("past deadline: %v", err)
	}
}

func TestSearchDeterministic(t *testing.T) {
	a, b := New(convert(articlestest.Generate(1500))), generatedStore(t, 1500)
	for _, q := range []string{"po", "korea trade", "belarus !ukraine", "e", "viet | korea"} {
		ra, rb := mustSearch(t, a, q, Options{}), mustSearch(t, b, q, Options{})
		if len(ra.Hits) != len(rb.Hits) {
			t.Fatalf("%q: %d and %d hits", q, len(ra.Hits), len(rb.Hits))
		}
		for i := range ra.Hits {
			if ra.Hits[i].Article.ID != rb.Hits[i].Article.ID || ra.Hits[i].Score != rb.Hits[i].Score {
				t.Fatalf("%q: hit %d differs", q, i)
			}
			if i < 5 && !slicesEqualSnippet(ra.Snippet(i), rb.Snippet(i)) {
				t.Fatalf("%q: snippet %d differs", q, i)
			}
		}
	}
}

func slicesEqualSnippet(a, b Snippet) bool {
	return a.Field == b.Field && a.Text == b.Text && slices.Equal(a.Highlights, b.Highlights)
}

func TestGeneratedCorpusSearch(t *testing.T) {
	s := generatedStore(t, 3000)
	r := mustSearch(t, s, "potash", Options{})
	if len(r.Hits) == 0 || len(r.Hits) > 1000 {
		t.Fatalf("potash: %d hits of 3000", len(r.Hits))
	}
	for i := range min(20, len(r.Hits)) {
		sn := r.Snippet(i)
		if len(sn.Highlights) == 0 {
			t.Errorf("%s: snippet %q without highlights", r.Hits[i].Article.ID, sn.Text)
		}
	}
	if r := mustSearch(t, s, "potash belarus", Options{}); len(r.Hits) == 0 {
		t.Error("potash belarus: nothing")
	}
}

func TestEmptyStore(t *testing.T) {
	s := New(nil)
	for _, q := range []string{"", "potash", "!x", "a | b", "'p", "^p", "p$"} {
		r := mustSearch(t, s, q, Options{})
		if len(r.Hits) != 0 || r.Total != 0 {
			t.Errorf("%q on an empty store: %d hits", q, len(r.Hits))
		}
	}
	if s.Len() != 0 || len(s.Countries()) != 0 {
		t.Error("an empty store is not empty")
	}
}

func TestStore(t *testing.T) {
	s := New(bundled(t))
	if s.Len() != 5 {
		t.Fatalf("Len %d", s.Len())
	}
	var ids []string
	for _, a := range s.All() {
		ids = append(ids, a.ID[:3])
	}
	if !slices.Equal(ids, []string{"001", "000", "002", "004", "003"}) {
		t.Errorf("All: %v, want newest first", ids)
	}
	if a, ok := s.ByID(s.All()[2].ID); !ok || a != s.All()[2] {
		t.Error("ByID")
	}
	if _, ok := s.ByID("nope"); ok {
		t.Error("ByID found nope")
	}
	cs := s.Countries()
	if len(cs) == 0 || cs[0].Code != "BY" || cs[0].Articles != 5 {
		t.Errorf("Countries: %+v", cs)
	}
	var kp []string
	for _, a := range s.ByCountry("KP") {
		kp = append(kp, a.ID[:3])
	}
	if !slices.Equal(kp, []string{"001"}) {
		t.Errorf("ByCountry(KP): %v", kp)
	}
}

// TestSnippetOfHugeSentence checks that a sentence without full stops (here
// a 1 MiB line) yields a bounded snippet around the match, not the line.
func TestSnippetOfHugeSentence(t *testing.T) {
	long := strings.Repeat("filler words without any end ", 40000) + "potash here " + strings.Repeat("more filler ", 1000)
	st := New([]*articles.Article{{ID: "big", Title: "Big", Body: []articles.Paragraph{{Text: long}}}})
	res, err := st.Search(context.Background(), "potash", Options{})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("hits %v, err %v", res, err)
	}
	sn := res.Snippet(0)
	if len(sn.Text) > maxSnippetBytes || len(sn.Highlights) != 1 {
		t.Fatalf("snippet of %d bytes with %d highlights, want at most %d bytes and one", len(sn.Text), len(sn.Highlights), maxSnippetBytes)
	}
	r := sn.Highlights[0]
	if got := string([]rune(sn.Text)[r.Start:r.End]); got != "potash" {
		t.Errorf("highlight on %q", got)
	}
}

// sameHits reports whether two lists of hits show the same articles with
// the same scores and copies, in the same order.
func sameHits(a, b []Hit) bool {
	return slices.EqualFunc(a, b, func(x, y Hit) bool {
		return x.Article == y.Article && x.Score == y.Score && slices.Equal(x.Copies, y.Copies)
	})
}

func mustParse(s string) *query {
	q, err := parseQuery(s)
	if err != nil {
		panic(fmt.Sprintf("parseQuery(%q): %v", s, err))
	}
	return q
}

// TestMatchesInPieces checks that matching a long text a piece at a time
// finds what matching it whole does: no match is lost or split at a
// piece's edge, hyphenated runs and possessives included.
func TestMatchesInPieces(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 5*matchPieceBytes; i++ {
		switch i % 5 {
		case 0:
			b.WriteString("cease-fire ")
		case 1:
			b.WriteString("the minister's plan ")
		case 2:
			b.WriteString("Việt Nam potash ")
		case 3:
			b.WriteString(strings.Repeat("x", i%37) + " ")
		default:
			b.WriteString("ceasefire-talks, potashes. ")
		}
	}
	text := b.String()
	for _, q := range []string{"ceasefire", "minister", "viet potash", "'ash", "fire | talks", "x"} {
		r := mustSearch(t, New(bundled(t)), q, Options{})
		whole := matchText(r.allGroups(), text)
		got := r.Match(text)
		if len(whole) < 10 || !slices.Equal(got, whole) {
			t.Errorf("%s: %d ranges in pieces, %d whole", q, len(got), len(whole))
		}
	}
}

// TestAccIsSmall keeps acc in 24 bytes: a search reads and writes one for
// every candidate of every group, so its size is a share of every query's time.
func TestAccIsSmall(t *testing.T) {
	if got := unsafe.Sizeof(acc{}); got > 24 {
		t.Errorf("acc is %d bytes, want at most 24", got)
	}
}
