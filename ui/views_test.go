package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"dateline/articles"
	"dateline/store"
	"dateline/store/storetest"
	"dateline/ui/timeline"
)

// mapOf returns the map overlay on top.
func mapOf(tb testing.TB, d *driver) *mapOverlay {
	tb.Helper()
	o, ok := d.m.top().(*mapOverlay)
	if !ok {
		tb.Fatalf("the map is not on top:\n%s", d.screen())
	}
	return o
}

// timelineOf returns the timeline overlay on top.
func timelineOf(tb testing.TB, d *driver) *timelineOverlay {
	tb.Helper()
	o, ok := d.m.top().(*timelineOverlay)
	if !ok {
		tb.Fatalf("the timeline is not on top:\n%s", d.screen())
	}
	return o
}

// listIDs are the IDs of the articles the main list shows.
func listIDs(d *driver) []string {
	var ids []string
	if d.m.main == paneSearch {
		if r := d.m.search.results; r != nil {
			for _, h := range r.Hits {
				ids = append(ids, h.Article.ID)
			}
		}
		return ids
	}
	for _, a := range d.m.list.items {
		ids = append(ids, a.ID)
	}
	return ids
}

// TestMapGolden is the map of the bundled corpus as M opens it: Belarus,
// with the most articles, selected, and the countries mentioned with it
// beside the map. Rewrite with `go test ./ui -run TestMapGolden -update`.
func TestMapGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			d := newTestDriver(t, sz[0], sz[1]).keys("M")
			s := d.screen()
			if !strings.Contains(s, "🇧🇾 Belarus · 5 articles") || !strings.Contains(s, "With Belarus") {
				t.Errorf("the map does not open on Belarus with its together list:\n%s", s)
			}
			golden.RequireEqual(t, s)
		})
	}
}

// TestTimelineGolden is the timeline of a generated corpus dated over two
// years, by month. Rewrite with `go test ./ui -run TestTimelineGolden -update`.
func TestTimelineGolden(t *testing.T) {
	st := datedStore(600)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			d := newDriver(t, New(st, Options{}), sz[0], sz[1]).keys("T")
			o := timelineOf(t, d)
			if o.chart == nil || o.chart.Period() != timeline.Month || len(o.chart.Bars()) != 24 {
				t.Fatalf("not 24 months:\n%s", d.screen())
			}
			golden.RequireEqual(t, d.screen())
		})
	}
}

// datedStore is a generated corpus dated over 2024 and 2025.
func datedStore(n int) *store.Store {
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	return store.New(storetest.Dated(n, from, from.AddDate(2, 0, -1)))
}

func TestMapMoves(t *testing.T) {
	for _, tc := range []struct {
		keys string
		want string
	}{
		{"M", "BY"},
		{"M right", "RU"},
		{"M l", "RU"},
		{"M down", "UA"},
		{"M j", "UA"},
		{"M up", "LV"},
		{"M right left", "KZ"}, // left from Russia's middle is Kazakhstan, not back to Belarus
	} {
		t.Run(tc.keys, func(t *testing.T) {
			d := newTestDriver(t, 120, 40).keys(tc.keys)
			o := mapOf(t, d)
			if got := o.m.Selected(); got != tc.want {
				t.Errorf("%s: selected %s, want %s", tc.keys, got, tc.want)
			}
			if name := countryName(tc.want); !strings.Contains(d.screen(), name+" · ") {
				t.Errorf("the status does not name %s:\n%s", name, d.screen())
			}
			tl := o.togetherList()
			if o.counts == nil || o.counts.Focus != tc.want {
				t.Errorf("the together list is not %s's", tc.want)
			}
			if tc.want == "BY" && (len(tl) < 2 || tl[0].Code != "CN" || tl[1].Code != "RU" || tl[0].Articles != 2) {
				t.Errorf("together with Belarus: %v", tl)
			}
		})
	}
}

// TestMapFilterNarrows is the tmux test's path in the model: M, /, a name,
// enter: the list shows that country's articles and the map is closed.
func TestMapFilterNarrows(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"azerbaijan", []string{"004_c3b72c7bc053c981"}},
		{"viet", []string{"002_cf0d204396dcba2c"}},
		{"lithuania", []string{"003_70e6484cb0a3bd25"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := newTestDriver(t, 80, 24).keys("M /").typ(tc.text)
			o := mapOf(t, d)
			if !o.Typing() {
				t.Fatal("the filter line does not take text")
			}
			d.keys("enter")
			if len(d.m.overlays) != 0 {
				t.Fatalf("the map is still open:\n%s", d.screen())
			}
			if got := listIDs(d); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("the list shows %v, want %v", got, tc.want)
			}
		})
	}
}

// TestMapEscAndToggle: esc closes the map without narrowing; M closes it
// too; esc in the filter closes the filter only.
func TestMapEscAndToggle(t *testing.T) {
	d := newTestDriver(t, 120, 40).keys("M right esc")
	if len(d.m.overlays) != 0 || len(listIDs(d)) != 5 {
		t.Errorf("esc: %d overlays, %d articles", len(d.m.overlays), len(listIDs(d)))
	}
	d.keys("M M")
	if len(d.m.overlays) != 0 {
		t.Error("M does not close the map")
	}
	d.keys("M /").typ("rus").keys("esc")
	o := mapOf(t, d)
	if o.Typing() || o.m.Selected() != "RU" {
		t.Errorf("esc in the filter: typing %v, selected %s", o.Typing(), o.m.Selected())
	}
	d.keys("esc")
	if len(d.m.overlays) != 0 {
		t.Error("the second esc does not close the map")
	}
}

// TestMapMarkers selects each small state by a click on its marker and by
// the filter line.
func TestMapMarkers(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, code := range []string{"SG", "MT", "BH"} {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], code), func(t *testing.T) {
				d := newTestDriver(t, sz[0], sz[1]).keys("M")
				o := mapOf(t, d)
				mw, mh := o.mapSize()
				x, y, found := 0, 0, false
				for row := 0; row < mh && !found; row++ {
					for col := 0; col < mw; col++ {
						if c, ok := o.m.HitTest(col, row); ok && c == code {
							x, y, found = col, row, true
							break
						}
					}
				}
				if !found {
					t.Fatalf("no cell of the map hits %s", code)
				}
				// The overlay starts under the header; the map inside its frame.
				d.send(tea.MouseClickMsg{X: x + 1, Y: y + 2, Button: tea.MouseLeft})
				if got := o.m.Selected(); got != code {
					t.Errorf("a click on %s's marker selects %s", code, got)
				}
				if !strings.Contains(d.screen(), countryName(code)+" · 0 articles") {
					t.Errorf("the status does not name %s:\n%s", countryName(code), d.screen())
				}
			})
		}
	}
	d := newTestDriver(t, 80, 24).keys("M /").typ("singapore").keys("enter")
	if d.m.countries.chosen != "SG" || len(listIDs(d)) != 0 {
		t.Errorf("narrowing to Singapore: chosen %q, %d articles", d.m.countries.chosen, len(listIDs(d)))
	}
}

// TestMapClickSelects clicks on Russia and on the sea.
func TestMapClickSelects(t *testing.T) {
	d := newTestDriver(t, 120, 40).keys("M")
	o := mapOf(t, d)
	mw, mh := o.mapSize()
	clicked := false
	for row := 0; row < mh && !clicked; row++ {
		for col := 0; col < mw; col++ {
			if c, ok := o.m.HitTest(col, row); ok && c == "RU" {
				d.send(tea.MouseClickMsg{X: col + 1, Y: row + 2, Button: tea.MouseLeft})
				clicked = true
				break
			}
		}
	}
	if o.m.Selected() != "RU" || o.counts.Focus != "RU" {
		t.Errorf("a click on Russia selects %s (together list of %s)", o.m.Selected(), o.counts.Focus)
	}
	d.send(tea.MouseClickMsg{X: 2, Y: 4, Button: tea.MouseLeft}) // the Arctic, top left
	if o.m.Selected() != "RU" {
		t.Errorf("a click on the sea changes the selection to %s", o.m.Selected())
	}
}

// TestTogetherNarrows chooses a country of the together list: the list
// narrows to the articles that mention both.
func TestTogetherNarrows(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		d := newTestDriver(t, sz[0], sz[1]).keys("M tab down enter")
		if len(d.m.overlays) != 0 {
			t.Fatalf("%dx%d: the map is still open:\n%s", sz[0], sz[1], d.screen())
		}
		if q := d.m.search.query; q != "c:BY c:RU" {
			t.Errorf("%dx%d: query %q", sz[0], sz[1], q)
		}
		want := "001_9616c320ade9d501 003_70e6484cb0a3bd25"
		if got := strings.Join(sortedIDs(listIDs(d)), " "); got != want {
			t.Errorf("%dx%d: Belarus and Russia: %s, want %s", sz[0], sz[1], got, want)
		}
	}
}

func sortedIDs(ids []string) []string {
	out := append([]string(nil), ids...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestTimelineNarrowsToMonth chooses May 2025 on the timeline of a
// generated corpus: the list shows every article of that month and no
// other.
func TestTimelineNarrowsToMonth(t *testing.T) {
	st := datedStore(600)
	d := newDriver(t, New(st, Options{}), 120, 40).keys("T")
	o := timelineOf(t, d)
	for {
		b, _ := o.chart.Selected()
		if b.From.Format("2006-01") == "2025-05" {
			break
		}
		if !o.chart.Move(-1) {
			t.Fatal("no May 2025 bar")
		}
	}
	d.keys("left right") // the keys move the selection back and forth
	b, _ := o.chart.Selected()
	d.keys("enter")
	if len(d.m.overlays) != 0 {
		t.Fatalf("the timeline is still open:\n%s", d.screen())
	}
	if q := d.m.search.query; q != "date:2025-05" {
		t.Errorf("query %q", q)
	}
	var want []string
	for _, a := range st.All() {
		if a.Date.Precision == articles.DateFull && a.Date.Year == 2025 && a.Date.Month == time.May {
			want = append(want, a.ID)
		}
	}
	got := listIDs(d)
	if len(got) != b.N || strings.Join(sortedIDs(got), " ") != strings.Join(sortedIDs(want), " ") {
		t.Errorf("May 2025: %d articles (the bar says %d), want %d", len(got), b.N, len(want))
	}
}

// TestTimelineOfCountry: T on the map opens the selected country's
// timeline, and its enter narrows to the country and the period.
func TestTimelineOfCountry(t *testing.T) {
	d := newTestDriver(t, 120, 40).keys("M right T")
	o := timelineOf(t, d)
	if o.focus != "RU" || !strings.Contains(d.screen(), "Timeline · Russia") {
		t.Fatalf("not Russia's timeline:\n%s", d.screen())
	}
	// Russia: 001 (2025-09-09) dated, 003 undated.
	if len(o.chart.Bars()) != 1 || o.chart.Undated() != 1 {
		t.Errorf("Russia's bars %d, undated %d", len(o.chart.Bars()), o.chart.Undated())
	}
	d.keys("enter")
	if q := d.m.search.query; q != "c:RU date:2025-09-09" {
		t.Errorf("query %q", q)
	}
	if got := listIDs(d); len(got) != 1 || got[0] != "001_9616c320ade9d501" {
		t.Errorf("Russia on 9 September 2025: %v", got)
	}
}

// TestViewsFollowTheScope: the map of a search counts only its results.
func TestViewsFollowTheScope(t *testing.T) {
	d := newTestDriver(t, 120, 40).keys("/").typ("khankendi").keys("enter esc M")
	o := mapOf(t, d)
	if len(o.arts) != 1 || o.m.Count("AZ") != 1 || o.m.Count("RU") != 0 || o.m.Selected() != "AZ" {
		t.Errorf("the search's scope: %d articles, Azerbaijan %d, Russia %d, selected %s", len(o.arts), o.m.Count("AZ"), o.m.Count("RU"), o.m.Selected())
	}
	d = newTestDriver(t, 120, 40).keys("c").typ("vietnam").keys("enter M")
	o = mapOf(t, d)
	if len(o.arts) != 1 || o.m.Count("BY") != 1 || o.m.Count("RU") != 0 {
		t.Errorf("Vietnam's scope: %d articles, Belarus %d, Russia %d", len(o.arts), o.m.Count("BY"), o.m.Count("RU"))
	}
	if o.m.Selected() != "VN" {
		t.Errorf("the chosen country is not selected: %s", o.m.Selected())
	}
}

// TestViewsCancel: a newer count cancels the older, whose late answer is
// dropped.
func TestViewsCancel(t *testing.T) {
	d := newTestDriver(t, 120, 40).keys("M")
	o := mapOf(t, d)
	stale := o.job.start(o, d.m.store, o.sc, o.arts, "CN", false, false)
	fresh := o.job.start(o, d.m.store, o.sc, o.arts, "RU", false, false)
	d.send(fresh())
	d.send(stale())
	if o.counts.Focus != "RU" {
		t.Errorf("the stale count won: %s", o.counts.Focus)
	}
}

// BenchmarkViews draws a frame of the map and of the timeline at 160×50
// over 100 and 100,000 articles: the counts are computed once, so the
// frame costs the same.
func BenchmarkViews(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		st := bigStore(b, n)
		for _, v := range []struct{ name, keys string }{{"map", "M"}, {"timeline", "T"}} {
			b.Run(fmt.Sprintf("%s/%d", v.name, n), func(b *testing.B) {
				d := newDriver(b, New(st, Options{}), 160, 50).keys(v.keys)
				b.ReportAllocs()
				for b.Loop() {
					_ = d.m.View()
				}
			})
		}
	}
}

// TestViewsStyledGolden keeps the map's and the timeline's styles, with
// their escape sequences, for a dark and a light terminal and without
// colour, so that a change of palette shows in review. Without colour the
// map's scale is still there, in the density of the dots.
func TestViewsStyledGolden(t *testing.T) {
	for _, v := range []struct{ name, keys string }{{"map", "M"}, {"timeline", "T"}} {
		for _, mode := range []string{"dark", "light", "nocolor"} {
			t.Run(v.name+"_"+mode, func(t *testing.T) {
				if mode == "nocolor" {
					t.Setenv("NO_COLOR", "1")
				}
				d := newTestDriver(t, 80, 24)
				if mode == "light" {
					d.send(tea.BackgroundColorMsg{Color: lightColor{}})
				}
				d.keys(v.keys)
				content := d.m.View().Content
				if mode == "nocolor" {
					if strings.Contains(content, "\x1b[38") || strings.Contains(content, "\x1b[48") {
						t.Error("colours drawn under NO_COLOR")
					}
					if v.name == "map" {
						s := d.screen()
						for _, g := range []string{"⢕", "⢝"} { // none and 1–2, in the legend and on the map
							if strings.Count(s, g) < 2 {
								t.Errorf("the density %s is not on the map:\n%s", g, s)
							}
						}
					}
				}
				golden.RequireEqual(t, content)
			})
		}
	}
}
