package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"dateline/articles"
)

// art makes an article dated 2025-01-day with the title and paragraphs.
func art(id string, day int, title string, paras ...string) *articles.Article {
	a := &articles.Article{ID: id, Title: title,
		Date: articles.Date{Year: 2025, Month: time.January, Day: day, Precision: articles.DateFull}}
	for _, p := range paras {
		a.Body = append(a.Body, articles.Paragraph{Text: p})
	}
	return a
}

// ids lists the hits' IDs in order.
func ids(r *Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Article.ID)
	}
	return out
}

// filler is text about nothing in particular, to give articles length.
func filler(seed int) string {
	words := strings.Fields("the council met on monday to discuss the budget and the weather was mild across the region while officials prepared a report for the next session of parliament")
	var b strings.Builder
	for i := range 40 {
		b.WriteString(words[(i*7+seed*3)%len(words)])
		b.WriteString(" ")
	}
	return b.String() + "."
}

func TestTypoTolerance(t *testing.T) {
	s := New([]*articles.Article{
		art("sanctions", 1, "Talks", "New sanctions were announced."),
		art("government", 2, "Cabinet", "The government resigned."),
		art("potash", 3, "Mines", "Potash output rose."),
		art("short", 4, "Words", "The cat sat."),
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"sanctions", []string{"sanctions"}},
		{"sanctoins", []string{"sanctions"}},  // two letters swapped
		{"ssanctions", []string{"sanctions"}}, // a letter too many
		{"sanctiens", []string{"sanctions"}},  // a letter substituted
		{"snctions", []string{"sanctions"}},   // a letter dropped
		{"goverment", []string{"government"}}, // dropped
		{"geverment", []string{"government"}}, // nine letters: two edits
		{"guvarnmant", []string{}},            // three edits
		{"potsh", []string{"potash"}},         // dropped letters still match
		{"potahs", []string{"potash"}},        // swapped
		{"cet", []string{}},                   // short terms forgive nothing
		{"'sanctoins", []string{}},            // exact terms forgive nothing
		{"sancti", []string{"sanctions"}},     // a prefix
		{"sanctions !sanctoins", []string{}},  // a negation is exact… and sanctoins is not in the text
		{"sanctions !'sanctions", []string{}}, //
		{"sanctoins !government", []string{"sanctions"}},
	}
	for _, tt := range tests {
		if tt.query == "sanctions !sanctoins" {
			tt.want = []string{"sanctions"}
		}
		if got := ids(mustSearch(t, s, tt.query, Options{})); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%q: %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestTypoRanksBetween: a typo ranks below the whole word and a prefix and
// above a loose subsequence.
func TestTypoRanksBetween(t *testing.T) {
	s := New([]*articles.Article{
		art("gaps", 4, "One", "The poBtaBsh mine."),
		art("typo", 3, "Two", "The potsah mine."),
		art("prefix", 2, "Three", "The potashery mine."),
		art("whole", 1, "Four", "The potash mine."),
	})
	if got := ids(mustSearch(t, s, "potash", Options{})); !slices.Equal(got, []string{"whole", "prefix", "typo", "gaps"}) {
		t.Errorf("potash: %v, want whole, prefix, typo, gaps", got)
	}
}

// TestTypoVocabMatchesScan checks the trie walk against edit distances
// computed word by word, over a generated vocabulary.
func TestTypoVocabMatchesScan(t *testing.T) {
	s := generatedStore(t, 3000)
	ix := s.ix()
	for _, q := range []string{"potash", "belarus", "sanctoins", "goverment", "agriculture", "tractrs", "minsk", "korea"} {
		tm := mustParse(q).groups[0][0]
		k := tm.typos()
		got, err := ix.typoVocab(t.Context(), tm.text, k)
		if err != nil {
			t.Fatal(err)
		}
		var want []wordMatch
		for i := range ix.vocabLen() {
			if d := osa(tm.text, ix.word(i), k); d <= k {
				q := qualWhole
				if d > 0 {
					q = qualTypo1 + 1 - uint8(d)
				}
				want = append(want, wordMatch{uint32(i), q})
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: the walk finds %d words, a scan %d", q, len(got), len(want))
		}
	}
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"sanctions", "sanctoins", 1}, {"abc", "abc", 0}, {"abc", "acb", 1}, {"abc", "", 3}, {"ca", "abc", 3}, {"kitten", "sitting", 3}} {
		if got := osa(tt.a, tt.b, 5); got != tt.d {
			t.Errorf("osa(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
}

func TestShortTerms(t *testing.T) {
	s := New([]*articles.Article{
		art("brunei", 1, "Sultanate", "Brunei is small and unequivocal."),
		art("un", 2, "Assembly", "The UN met in New York."),
		art("industry", 3, "Factories", "Industry grew in the us economy."),
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"un", []string{"brunei", "un"}}, // the word UN, and unequivocal's prefix; never inside Brunei
		{"'un", []string{"brunei", "un"}},
		{"^un$", []string{"un"}},
		{`"un"`, []string{"un"}},
		{"une", []string{"brunei"}}, // unequivocal's prefix
		{"nei", []string{}},         // not inside Brunei
		{"'nei", []string{"brunei"}},
		{"nei$", []string{"brunei"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(slices.Values(ids(mustSearch(t, s, tt.query, Options{}))))
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%q: %v, want %v", tt.query, got, tt.want)
		}
	}
	r := mustSearch(t, s, "us economy", Options{})
	if got := r.Match("Industry grew in the us economy."); !slices.Equal(got, []Range{{21, 23}, {24, 31}}) {
		t.Errorf("us economy highlights %v, want only us and economy", got)
	}
}

func TestWordForms(t *testing.T) {
	s := New([]*articles.Article{
		art("hyphen", 1, "Truce", "A cease-fire was agreed, with co-operation from both."),
		art("joined", 2, "Truce", "A ceasefire was agreed, with cooperation from both."),
		art("apart", 3, "Truce", "They will cease fire at noon."),
		art("possessive", 4, "Cabinet", "The minister's plan."),
		art("plural", 5, "Cabinet", "The ministers met."),
		art("singular", 6, "Cabinet", "The minister spoke."),
		art("press", 7, "Media", "The press gathered."),
		art("rugby", 8, "Sport", "Rugby results."),
		art("cricket", 9, "Sport", "Cricket results."),
	})
	tests := []struct {
		query string
		want  []string
	}{
		{"ceasefire", []string{"hyphen", "joined"}},
		{"cease-fire", []string{"hyphen", "joined"}},
		{"cooperation", []string{"hyphen", "joined"}},
		{"co-operation", []string{"hyphen", "joined"}},
		{"cease fire", []string{"apart", "hyphen", "joined"}}, // the parts are words too, and fire is inside ceasefire
		{"minister", []string{"plural", "possessive", "singular"}},
		{"ministers", []string{"plural", "possessive", "singular"}},
		{"minister's", []string{"plural", "possessive", "singular"}},
		{"^ministers$", []string{"plural", "possessive", "singular"}},
		{"'ministers", []string{"plural"}}, // an exact piece of a word keeps its s
		{"pres", []string{"press"}},        // a prefix of press
		{"^pres$", []string{}},             // -ss is no plural
		{"rugby|cricket", []string{"cricket", "rugby"}},
		{"rugby | cricket", []string{"cricket", "rugby"}},
		{"rugby cricket", []string{}},
		{"rugby|", []string{"rugby"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(slices.Values(ids(mustSearch(t, s, tt.query, Options{}))))
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%q: %v, want %v", tt.query, got, tt.want)
		}
	}
	r := mustSearch(t, s, "ceasefire", Options{})
	if got := r.Match("A cease-fire was agreed"); !slices.Equal(got, []Range{{2, 12}}) {
		t.Errorf("ceasefire highlights %v in a cease-fire, want [2 12]", got)
	}
	r = mustSearch(t, s, "ministers", Options{})
	if got := r.Match("The minister's plan"); !slices.Equal(got, []Range{{4, 12}}) {
		t.Errorf("ministers highlights %v in the minister's, want [4 12]", got)
	}
}

func TestPhrases(t *testing.T) {
	s := New([]*articles.Article{
		art("adjacent", 1, "Politics", "Gordon Brown spoke today."),
		art("apart", 2, "Politics", "Brown said Gordon was right."),
		art("plural", 3, "Politics", "The Gordon Browns arrived."),
	})
	tests := []struct {
		query string
		want  []string
	}{
		{`"gordon brown"`, []string{"adjacent", "plural"}},
		{`"brown gordon"`, []string{}},
		{`gordon brown`, []string{"adjacent", "apart", "plural"}},
		{`"gordon brown" !"brown said"`, []string{"adjacent", "plural"}},
		{`!"gordon brown"`, []string{"apart"}},
		{`"gordon brown`, []string{"adjacent", "plural"}}, // still typing
		{`"gordon"`, []string{"adjacent", "apart", "plural"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(slices.Values(ids(mustSearch(t, s, tt.query, Options{}))))
		if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("%q: %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestTierOrder builds, for each pair of neighbouring tiers, two articles
// that the upper tier orders one way and the lower one the other.
func TestTierOrder(t *testing.T) {
	tests := []struct {
		name, query string
		first, then *articles.Article
	}{
		{"terms matched before typos", "rugby | cricket",
			art("both", 1, "Sport", "Rugby and crickett."), art("one", 2, "Sport", "Rugby today.")},
		{"typos before proximity", "potash tractor",
			art("exact", 1, "Farm", "Potash is mined. "+filler(1)+" A tractor."), art("typo", 2, "Farm", "Potahs and a tractor.")},
		{"proximity before field", "potash tractor",
			art("together", 1, "Farm", "Potash and a tractor."), art("title", 2, "Potash", filler(2)+" A tractor.")},
		{"field before exactness", "korea",
			art("title", 1, "Korean talks", "Talks were held."), art("body", 2, "Talks", "Korea held talks.")},
		{"exactness before weight", "korea",
			art("whole", 1, "Talks", "Korea held talks. "+filler(3)), art("prefix", 2, "Talks", strings.Repeat("Korean talks. ", 8))},
		{"weight before the newer", "potash",
			art("often", 1, "Mines", strings.Repeat("Potash output. ", 5)+filler(4)), art("once", 2, "Mines", "Potash output. "+filler(4))},
		{"the newer last", "potash",
			art("newer", 2, "Mines", "Potash output. "+filler(5)), art("older", 1, "Mines", "Potash output. "+filler(6))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, order := range [][]*articles.Article{{tt.first, tt.then}, {tt.then, tt.first}} {
				r := mustSearch(t, New(order), tt.query, Options{})
				if got := ids(r); !slices.Equal(got, []string{tt.first.ID, tt.then.ID}) {
					t.Fatalf("%q: %v, want %s first", tt.query, got, tt.first.ID)
				}
				if r.Why(0) == "" || r.Why(0) == r.Why(1) && tt.name != "the newer last" {
					t.Errorf("why: %q and %q", r.Why(0), r.Why(1))
				}
			}
		})
	}
}

func TestDuplicatesFolded(t *testing.T) {
	story := "Belarus and Vietnam agreed on Monday to expand trade in potash fertiliser, tractors and dairy products, " +
		"officials said after talks in Minsk that lasted most of the day and covered investment, education and tourism. " +
		"The two countries signed eleven documents and set a target of one billion dollars in annual trade by the end of the decade. " +
		"Both sides said the agreements on agriculture would take effect in the spring, and that a joint commission would meet " +
		"in Hanoi before the summer to review progress on the machinery plant, the dairy venture and direct flights between the capitals. " +
		"Analysts in Minsk said the deal fitted a wider push to find markets in Asia for goods that once went west."
	edited := strings.Replace(story, "most of the day", "much of the day", 1)
	other := "Azerbaijan opened a new school in Shusha on Monday, and the president said more would follow as families returned " +
		"to the region after decades away; teachers from Baku will run it, with potash money from a fund set up last year."
	s := New([]*articles.Article{
		art("wire", 3, "Trade deal", story),
		art("copy", 2, "Belarus, Vietnam expand trade", edited),
		art("copy2", 1, "Trade deal", story),
		art("other", 4, "School opens", other),
	})
	r := mustSearch(t, s, "potash", Options{})
	if len(r.Hits) != 2 || r.Total != 2 {
		t.Fatalf("potash: %d rows (%v), want 2", len(r.Hits), ids(r))
	}
	var copies []string
	for _, h := range r.Hits {
		for _, c := range h.Copies {
			copies = append(copies, c.ID)
		}
	}
	if slices.Sort(copies); !slices.Equal(copies, []string{"copy", "copy2"}) && !slices.Equal(copies, []string{"copy2", "wire"}) && !slices.Equal(copies, []string{"copy", "wire"}) {
		t.Errorf("copies %v, want two of the three wire stories", copies)
	}
	if got := mustSearch(t, s, "school", Options{}); len(got.Hits) != 1 || len(got.Hits[0].Copies) != 0 {
		t.Errorf("school: %v", ids(got))
	}
	if s.Len() != 4 || len(mustSearch(t, s, "", Options{}).Hits) != 4 {
		t.Error("the store or a blank query folds duplicates; only searches do")
	}
	// Folding keeps the best copy in the row: a query that matches one copy's title best shows it.
	if r := mustSearch(t, s, "belarus vietnam", Options{}); len(r.Hits) != 1 || r.Hits[0].Article.ID != "copy" {
		t.Errorf("belarus vietnam: %v, want the copy whose title matches", ids(r))
	}
}

func TestJaccardThreshold(t *testing.T) {
	words := strings.Fields(strings.Repeat(filler(7)+" ", 3))
	for i := range words {
		words[i] = fmt.Sprintf("%s%d", words[i], i) // every shingle distinct
	}
	base := strings.Join(words, " ")
	for _, tt := range []struct {
		changed int
		dup     bool
	}{{0, true}, {1, true}, {2, true}, {12, false}, {30, false}} {
		w := slices.Clone(words)
		for k := range tt.changed {
			w[(k*37)%len(w)] = "changed" + fmt.Sprint(k)
		}
		s := New([]*articles.Article{art("a", 1, "A", base), art("b", 2, "B", strings.Join(w, " "))})
		j := jaccard(shingles(s.all[0]), shingles(s.all[1]))
		if got := s.ix().dupOf[0] >= 0; got != tt.dup {
			t.Errorf("%d words changed (Jaccard %.2f): duplicates %v, want %v", tt.changed, j, got, tt.dup)
		}
	}
}

func TestSnippetPrefersBody(t *testing.T) {
	s := New([]*articles.Article{
		art("a", 1, "Potash prices", "Markets were calm. Potash and tractors sold well in Minsk. Potash fell."),
	})
	r := mustSearch(t, s, "potash tractors", Options{})
	if sn := r.Snippet(0); sn.Field != FieldBody || sn.Text != "Potash and tractors sold well in Minsk." {
		t.Errorf("snippet %v %q, want the body sentence with both terms", sn.Field, sn.Text)
	}
}

func TestManyTermsCapped(t *testing.T) {
	s := New(bundled(t))
	var distinct []string
	for i := range 100 {
		distinct = append(distinct, fmt.Sprintf("belarus%d|belarus", i))
	}
	r := mustSearch(t, s, strings.Join(distinct, " "), Options{})
	if r.Dropped == 0 || r.Notice() == "" {
		t.Errorf("100 OR groups: dropped %d, notice %q", r.Dropped, r.Notice())
	}
	q := mustParse(strings.Repeat("potash belarus ", 5000))
	if len(q.groups) != 2 || q.dropped != 0 {
		t.Errorf("10,000 repeated terms parse to %d groups, %d dropped; want 2 and none", len(q.groups), q.dropped)
	}
	if r := mustSearch(t, s, strings.Repeat("potash belarus ", 5000), Options{}); !slices.Equal(shortIDs(r), []string{"003"}) {
		t.Errorf("repeated terms: %v", shortIDs(r))
	}
	n := 0
	for _, g := range mustParse(strings.Repeat("a b c d e f g h i j k l m n o p q r s t u v w x y z ", 2) + strings.Join(distinct, " ")).groups {
		n += len(g)
	}
	if n > maxTerms {
		t.Errorf("%d terms kept, want at most %d", n, maxTerms)
	}
}
