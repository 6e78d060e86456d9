package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
)

// wideArticle has a title and text in CJK and emoji, which take two columns
// a rune, and a very long word.
func wideArticle() *articles.Article {
	return &articles.Article{
		ID:     "wide/東京",
		Title:  "東京で日韓首脳会談 🇯🇵🇰🇷 経済協力を確認 😀👍🏽 a title much longer than any pane is wide, to be cut",
		Date:   articles.Date{Year: 2024, Month: time.December, Day: 31, Precision: articles.DateFull},
		Source: "共同通信 📰", Dateline: "東京",
		Body: []articles.Paragraph{
			{Kind: articles.KindHeading, Text: "見出し 🇯🇵"},
			{Text: strings.Repeat("日本と韓国の首脳は東京で会談し、経済協力の強化を確認した。", 6)},
			{Text: "Supercalifragilisticexpialidociousandthensomemoretomakeitlongerthananyline " + strings.Repeat("👩‍👩‍👧 ", 30)},
		},
		Countries: []articles.Mention{
			mention("JP", 4, true),
			mention("KR", 2, true),
		},
		Words: 40, ReadingMinutes: 1, Path: "/tmp/wide/東京.txt",
	}
}

// mention is the mention of the country with an ISO code.
func mention(code string, count int, primary bool) articles.Mention {
	m, ok := articles.NewMention(code, count, primary)
	if !ok {
		panic("no country " + code)
	}
	return m
}

// bundled returns the articles of the bundled corpus, as the parser makes
// them.
func bundled(tb testing.TB) []*articles.Article {
	tb.Helper()
	arts, err := articles.Bundled()
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// testStore is the bundled corpus in a store.
func testStore(tb testing.TB) *store.Store {
	tb.Helper()
	return store.New(bundled(tb))
}

// bigStore clones the bundled articles, with new IDs and shifted dates, up
// to n articles. Each clone ends with a paragraph of its own, so that the
// clones are not near-duplicates, which a search would fold into one row.
func bigStore(tb testing.TB, n int) *store.Store {
	tb.Helper()
	base := bundled(tb)
	arts := make([]*articles.Article, 0, n)
	digits := strings.Fields("zero one two three four five six seven eight nine")
	for i := range n {
		a := *base[i%len(base)]
		a.ID = fmt.Sprintf("%s-%06d", a.ID, i)
		var own strings.Builder
		x := uint64(i)*0x9e3779b97f4a7c15 + 1
		for range 300 {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			own.WriteString(digits[x%10] + " ")
		}
		a.Body = append(a.Body[:len(a.Body):len(a.Body)], articles.Paragraph{Text: own.String()})
		if a.Date.Precision == articles.DateFull {
			a.Date.Year -= i / len(base) % 30
		}
		arts = append(arts, &a)
	}
	st := store.New(arts)
	st.Prepare() // the index, which benchmarks must not time in their first search
	return st
}
