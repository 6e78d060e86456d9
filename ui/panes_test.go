package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/store"
)

// countryRows returns the lines of the screen that hold the countries
// pane's rows, cut to the pane, keyed by the country's name.
func countryRows(t *testing.T, d *driver) map[string]string {
	t.Helper()
	w := d.m.countries.w
	rows := map[string]string{}
	for _, line := range strings.Split(d.screen(), "\n") {
		pane := ansi.Cut(line, 0, w)
		for _, name := range []string{"All", "Belarus", "China", "Russia", "Azerbaijan", "Vietnam"} {
			if strings.Contains(pane, " "+name+" ") {
				rows[name] = pane
			}
		}
	}
	return rows
}

func TestCountriesCountsHaveThousandsSeparators(t *testing.T) {
	d := newDriver(t, New(bigStore(t, 2000), Options{}), 80, 24)
	d.keys("c")
	rows := countryRows(t, d)
	want := map[string]string{"All": "2,000", "Belarus": "2,000", "China": "800", "Vietnam": "400"}
	end := -1 // the column after the last digit: the same on every row
	for name, count := range want {
		row, ok := rows[name]
		if !ok {
			t.Fatalf("no %s row:\n%s", name, d.screen())
		}
		i := strings.LastIndex(row, " "+count+" ")
		if i < 0 {
			t.Errorf("%s row %q lacks the count %s", name, row, count)
			continue
		}
		col := ansi.StringWidth(row[:i+1+len(count)])
		if end >= 0 && col != end {
			t.Errorf("%s row %q: its count ends at column %d, others at %d", name, row, col, end)
		}
		end = col
	}
}

func TestCountriesTitleCountsFilteredRows(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("shift+tab")
	if s := d.screen(); !strings.Contains(s, "Countries · 9 ") {
		t.Fatalf("title without a filter:\n%s", s)
	}
	d.typ("kor")
	if s := d.screen(); !strings.Contains(s, "Countries · 2 of 9") {
		t.Errorf("filter kor shows 2 rows, title says:\n%s", s)
	}
	// "a" matches All too, which is not a country.
	d.keys("backspace backspace backspace").typ("a")
	n := len(d.m.countries.rows) - 1
	if s := d.screen(); !strings.Contains(s, fmt.Sprintf("Countries · %d of 9", n)) {
		t.Errorf("filter a shows All and %d countries, title says:\n%s", n, s)
	}
	d.keys("esc")
	if s := d.screen(); !strings.Contains(s, "Countries · 9 ") || strings.Contains(s, " of 9") {
		t.Errorf("title after esc:\n%s", s)
	}
}

func TestCountriesTypingStartsTheFilter(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("shift+tab").typ("azer")
	if !d.m.countries.Typing() || d.m.countries.filter.Value() != "azer" {
		t.Fatalf("typing azer: filter focused %v, text %q", d.m.countries.Typing(), d.m.countries.filter.Value())
	}
	if code, _ := d.m.countries.selectedCode(); len(d.m.countries.rows) != 1 || code != "AZ" {
		t.Fatalf("typing azer: %d rows, selected %q", len(d.m.countries.rows), code)
	}
	if s := d.screen(); !strings.Contains(s, " / azer") {
		t.Errorf("no filter line:\n%s", s)
	}
	d.keys("enter")
	if d.m.list.country != "AZ" {
		t.Errorf("enter chose %q, want AZ", d.m.list.country)
	}

	// An upper-case letter that is not bound starts it too.
	d = newTestDriver(t, 120, 40)
	d.keys("shift+tab").typ("Ukr")
	if d.m.countries.filter.Value() != "Ukr" || len(d.m.countries.rows) != 1 {
		t.Errorf("typing Ukr: filter %q, %d rows", d.m.countries.filter.Value(), len(d.m.countries.rows))
	}

	// Every printable key is text there, even those that are keys
	// elsewhere: q does not quit, c g G j k do not move.
	for _, text := range []string{"qatar", "germany", "?!/cgGjk"} {
		d := newTestDriver(t, 120, 40)
		d.keys("shift+tab").typ(text)
		if d.quit || d.m.focus != paneCountries || len(d.m.overlays) != 0 || d.m.countries.filter.Value() != text {
			t.Errorf("typing %q: quit %v, focus %v, overlays %d, filter %q", text, d.quit, d.m.focus, len(d.m.overlays), d.m.countries.filter.Value())
		}
	}

	// The keys that are not text keep their meaning.
	bound := []struct {
		keys  string
		check func(d *driver) bool
	}{
		{"down", func(d *driver) bool { return d.m.countries.sel == 1 }},
		{"pgdown", func(d *driver) bool { return d.m.countries.sel > 1 }},
		{"down up", func(d *driver) bool { return d.m.countries.sel == 0 }},
		{"esc", func(d *driver) bool { return d.m.focus == paneList }},
		{"tab", func(d *driver) bool { return d.m.focus == paneList }},
		{"enter", func(d *driver) bool { return d.m.focus == paneList }},
		{"ctrl+c", func(d *driver) bool { return d.quit }},
	}
	for _, b := range bound {
		d := newTestDriver(t, 120, 40)
		d.keys("shift+tab " + b.keys)
		if d.m.countries.filter.Value() != "" {
			t.Errorf("%q typed %q into the filter", b.keys, d.m.countries.filter.Value())
		}
		if !b.check(d) {
			t.Errorf("%q lost its meaning: focus %v, overlays %d, selected %d", b.keys, d.m.focus, len(d.m.overlays), d.m.countries.sel)
		}
	}
}

// filteredPane is a countries pane of the bundled corpus with "kor" in its
// filter and South Korea selected.
func filteredPane(t *testing.T) *countriesPane {
	t.Helper()
	km := defaultKeyMap()
	p := newCountriesPane(testStore(t), km, newStyles(true, false))
	p.SetSize(30, 20)
	p.SetFocused(true)
	for _, b := range p.Bindings() {
		b.SetEnabled(true)
	}
	for _, msg := range typed("kor") {
		p.Update(msg)
	}
	for i, r := range p.rows {
		if p.code(r) == "KR" {
			p.moveTo(i, len(p.rows), p.visible())
		}
	}
	if code, _ := p.selectedCode(); code != "KR" || !p.filtering() {
		t.Fatalf("filter kor: selected %q, filtering %v", code, p.filtering())
	}
	return p
}

func TestCountriesChooseClearsTheFilter(t *testing.T) {
	p := filteredPane(t)
	p.choose("KR")
	if p.filtering() || p.filter.Value() != "" {
		t.Errorf("after choosing: filter %q, filtering %v", p.filter.Value(), p.filtering())
	}
	if code, _ := p.selectedCode(); code != "KR" || p.chosen != "KR" {
		t.Errorf("after choosing: selected %q, chosen %q; want KR", code, p.chosen)
	}
	view := ansi.Strip(strings.Join(p.View(), "\n"))
	if strings.Contains(view, "/ kor") || !strings.Contains(view, " All ") {
		t.Errorf("after choosing, the pane shows:\n%s", view)
	}
}

// TestChoosingACountryClearsTheFilter is TestCountriesChooseClearsTheFilter
// through the keys: it needs the root to choose through the pane.
func TestChoosingACountryClearsTheFilter(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("shift+tab").typ("kor")
	for d.m.countries.code(d.m.countries.rows[d.m.countries.sel]) != "KR" {
		d.keys("down")
	}
	d.keys("enter")
	if d.m.list.country != "KR" {
		t.Fatalf("enter chose %q, want KR", d.m.list.country)
	}
	if s := d.screen(); strings.Contains(s, "/ kor") || !strings.Contains(s, " All ") {
		t.Errorf("the filter stayed after choosing:\n%s", s)
	}
	if code, _ := d.m.countries.selectedCode(); code != "KR" {
		t.Errorf("selected %q after choosing, want KR", code)
	}
}

// longNameStore has a country with a long name beside the bundled ones.
func longNameStore(t *testing.T) *store.Store {
	t.Helper()
	arts := bundled(t)
	a := *arts[0]
	a.ID = "bosnia"
	a.Countries = []articles.Mention{mention("BA", 1, false)}
	return store.New(append(arts, &a))
}

func TestCountriesPaneFitsItsContent(t *testing.T) {
	km, st := defaultKeyMap(), newStyles(true, false)
	cases := []struct {
		name string
		s    *store.Store
		most int
		want int
	}{
		// The title while filtered, "Countries · 9 of 9", is the widest.
		{"bundled", testStore(t), 32, 23},
		{"bundled, narrow", testStore(t), 21, 21},
		// "•🇧🇦 Bosnia and Herzegovina 6 " and the frame.
		{"long name", longNameStore(t), 40, 31},
		{"long name, capped", longNameStore(t), 28, 28},
		// "•🇧🇾 North Korea  2,000 " and the frame.
		{"2,000 articles", bigStore(t, 2000), 40, 24},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newCountriesPane(c.s, km, st)
			w := p.fitWidth(c.most)
			if w != c.want {
				t.Fatalf("fitWidth(%d) = %d, want %d", c.most, w, c.want)
			}
			if w < c.most {
				// Nothing is cut at that width, not even while filtering.
				p.SetSize(w, 40)
				p.filter.Focus()
				p.filter.insert("r")
				p.applyFilter()
				view := ansi.Strip(strings.Join(p.View(), "\n"))
				if strings.Contains(view, "…") {
					t.Errorf("cut at width %d:\n%s", w, view)
				}
			}
		})
	}
}

// TestCountriesPaneBesideTheList checks the layout gives the countries pane
// the width it asks for.
func TestCountriesPaneBesideTheList(t *testing.T) {
	for _, w := range []int{100, 120, 160, 200} {
		d := newTestDriver(t, w, 30)
		if got := d.m.placeOf(paneCountries).w; got != 23 {
			t.Errorf("at %d columns the countries pane is %d wide, want 23", w, got)
		}
		if line := strings.Split(d.screen(), "\n")[1]; !strings.HasPrefix(line, "┌ Countries · 9 ──────┐┌ Articles") {
			t.Errorf("at %d columns: %q", w, line)
		}
	}
}

func TestCutPath(t *testing.T) {
	cases := []struct {
		path string
		w    int
		want string
	}{
		{"bad/empty.txt", 20, "bad/empty.txt"},
		{"/tmp/uxreview/corpus3/a-very-long-directory-name/deep/dir/file.txt", 24, "…/deep/dir/file.txt"},
		{"/tmp/a-very-long-directory-name/file.txt", 16, "…/file.txt"},
		// No slash left in the room: cut inside the name, keeping its end.
		{"/tmp/a-very-long-file-name.txt", 12, "…le-name.txt"},
		// Widths are columns: a wide rune that would straddle the edge goes.
		{"/データ/長いディレクトリ/記事.txt", 16, "…/記事.txt"},
		{"/データ/長いディレクトリ/記事.txt", 20, "…ィレクトリ/記事.txt"},
		{"/データ/長いディレクトリ/記事.txt", 22, "…ディレクトリ/記事.txt"},
		{"/データ/長い名前の記事.txt", 10, "…記事.txt"},
		{"abc", 1, "…"},
		{"abc", 0, ""},
	}
	for _, c := range cases {
		got := cutPath(c.path, c.w)
		if got != c.want {
			t.Errorf("cutPath(%q, %d) = %q, want %q", c.path, c.w, got, c.want)
		}
		if ansi.StringWidth(got) > c.w {
			t.Errorf("cutPath(%q, %d) = %q is %d columns", c.path, c.w, got, ansi.StringWidth(got))
		}
	}
}

func TestSkippedFilesKeepTheirNamesAndCountFiles(t *testing.T) {
	var skipped []Skipped
	for i := range 31 {
		skipped = append(skipped, Skipped{
			Path:   fmt.Sprintf("/tmp/uxreview/corpus3/a-very-long-directory-name-for-testing/deep/dir/file-%02d.txt", i+1),
			Reason: "empty file",
		})
	}
	skipped[1].Path = "/tmp/データ/とても長いディレクトリの名前/ニュース記事-02.txt"
	d := newDriver(t, New(testStore(t), Options{Skipped: skipped}), 60, 20)
	d.keys("!")
	s := d.screen()
	for _, want := range []string{"Skipped files · 31", "/deep/dir/file-01.txt", "ニュース記事-02.txt", "/deep/dir/file-08.txt", " 1–8 of 31 "} {
		if !strings.Contains(s, want) {
			t.Errorf("skipped view at 60x20 lacks %q:\n%s", want, s)
		}
	}
	for i, line := range strings.Split(s, "\n") {
		if w := ansi.StringWidth(line); w != 60 {
			t.Errorf("line %d is %d columns: %q", i, w, line)
		}
	}
	steps := []struct{ keys, want string }{
		{"j", " 1–9 of 31 "},   // file 1's reason at the top, file 9's path at the bottom
		{"j", " 2–9 of 31 "},   // file 2 at the top
		{"G", " 24–31 of 31 "}, // the end
	}
	for _, st := range steps {
		d.keys(st.keys)
		if s := d.screen(); !strings.Contains(s, st.want) {
			t.Errorf("after %s: no %q:\n%s", st.keys, st.want, s)
		}
	}
}
