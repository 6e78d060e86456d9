package store

import (
	"slices"
	"strings"
	"testing"

	"dateline/articles"
)

// bundled returns the five bundled articles as the parser makes them.
func bundled(tb testing.TB) []*articles.Article {
	tb.Helper()
	arts, err := articles.Bundled()
	if err != nil {
		tb.Fatalf("parsing the bundled corpus: %v", err)
	}
	return arts
}

// TestBundledFixture checks what the search tests take for granted about
// the bundled articles, so that a failure there points at the parser.
func TestBundledFixture(t *testing.T) {
	arts := bundled(t)
	if len(arts) != 5 {
		t.Fatalf("%d bundled articles, want 5", len(arts))
	}
	slices.SortFunc(arts, func(a, b *articles.Article) int { return strings.Compare(a.ID, b.ID) })
	want := []struct {
		id, date, source, dateline, lead string
		countries                        []string
	}{
		{"000", "2025-07-04", "", "", "Belarusian Ambassador Andrew Chernetsky", []string{"BY", "KR"}},
		{"001", "2025-09-09", "Korea JoongAng Daily", "", "Belarusian President Alexander Lukashenko gestures", []string{"KP", "BY", "RU", "CN"}},
		{"002", "2025-05-11", "VNS", "HÀ NỘI", "The state visit to Belarus", []string{"VN", "BY"}},
		{"003", "", "", "United Nations", "Sergei Aleinik", []string{"BY", "RU", "UA", "LT", "CN"}},
		{"004", "--04-21", "AZERTAC", "Baku", "\"I will visit the cities of Khankendi", []string{"AZ", "BY"}},
	}
	for i, w := range want {
		a := arts[i]
		var codes []string
		for _, m := range a.Countries {
			codes = append(codes, m.Code())
		}
		if !strings.HasPrefix(a.ID, w.id) || a.Date.String() != w.date || a.Source != w.source ||
			a.Dateline != w.dateline || len(a.Body) == 0 || !strings.HasPrefix(a.Body[0].Text, w.lead) {
			t.Errorf("%s: date %q source %q dateline %q lead %.40q", a.ID, a.Date, a.Source, a.Dateline, a.Body[0].Text)
		}
		for _, c := range w.countries {
			if !slices.Contains(codes, c) {
				t.Errorf("%s: countries %v, want %v", a.ID, codes, w.countries)
			}
		}
	}
	if a := arts[1]; a.TitleDerived || !strings.Contains(a.Title, "Pyongyang") {
		t.Errorf("001 title %q", a.Title)
	}
	for _, p := range arts[1].Body {
		if strings.Contains(p.Text, "More in North Korea") {
			t.Error("001 keeps its boilerplate")
		}
	}
	for _, p := range arts[4].Body {
		if strings.Contains(p.Text, "AZERTAC") {
			t.Error("004's body holds its dateline line")
		}
	}
	heads := 0
	for _, p := range arts[3].Body {
		if p.Kind == articles.KindHeading {
			heads++
		}
	}
	if heads != 4 {
		t.Errorf("003 has %d headings, want 4", heads)
	}
}
