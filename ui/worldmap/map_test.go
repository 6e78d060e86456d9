package worldmap

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/paulmach/orb/planar"

	"dateline/articles"
	"dateline/store"
	"dateline/store/storetest"
)

func world(tb testing.TB) *World {
	tb.Helper()
	w, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return w
}

// bundledCounts are the bundled corpus's articles per country.
func bundledCounts(tb testing.TB) map[string]int {
	tb.Helper()
	arts, err := articles.Bundled()
	if err != nil {
		tb.Fatal(err)
	}
	st := store.New(arts)
	c, err := st.CountScope(context.Background(), st.All(), "")
	if err != nil {
		tb.Fatal(err)
	}
	counts := map[string]int{}
	for _, k := range c.Countries {
		counts[k.Code] = k.Articles
	}
	return counts
}

// testStyles colour nothing but still write escape sequences, so that the
// goldens prove the text survives ansi.Strip.
func testStyles() Styles {
	var st Styles
	for l := range st.Level {
		st.Level[l] = lipgloss.NewStyle().Faint(l == 0)
	}
	st.Selected = lipgloss.NewStyle().Bold(true)
	st.Label = lipgloss.NewStyle().Reverse(true)
	st.Status = lipgloss.NewStyle().Bold(true)
	return st
}

func TestWorldData(t *testing.T) {
	w := world(t)
	if len(w.Countries) < 240 {
		t.Errorf("%d countries, want every ISO country the gazetteer has", len(w.Countries))
	}
	if n := len(worldJSON); n > 300<<10 {
		t.Errorf("world.json is %d bytes, budget 300 KB", n)
	}
	for _, tc := range []struct {
		code  string
		shape bool
		at    [2]float64 // a point inside it (lon, lat)
	}{
		{"BY", true, [2]float64{27.5, 53.9}}, // Minsk
		{"RU", true, [2]float64{37.6, 55.8}}, // Moscow
		{"AZ", true, [2]float64{49.9, 40.4}}, // Baku
		{"XK", true, [2]float64{21.2, 42.7}}, // Pristina, which Natural Earth leaves unnumbered
		{"GF", true, [2]float64{-53, 4}},     // apart from France
		{"FR", true, [2]float64{2.35, 48.9}},
		{"SG", false, [2]float64{}},
		{"MT", false, [2]float64{}},
		{"BH", false, [2]float64{}},
	} {
		i, ok := w.Lookup(tc.code)
		if !ok {
			t.Errorf("%s: not on the map", tc.code)
			continue
		}
		c := w.Countries[i]
		if (c.Shape != nil) != tc.shape {
			t.Errorf("%s: has an outline %v, want %v", tc.code, c.Shape != nil, tc.shape)
		}
		if tc.shape && !planar.MultiPolygonContains(c.Shape, tc.at) {
			t.Errorf("%s: %v is outside its outline", tc.code, tc.at)
		}
		if c.Name == c.Code || c.Flag == "" {
			t.Errorf("%s: name %q flag %q", tc.code, c.Name, c.Flag)
		}
	}
	if i, _ := w.Lookup("FR"); planar.MultiPolygonContains(w.Countries[i].Shape, [2]float64{-53, 4}) {
		t.Error("French Guiana is still drawn as France")
	}
	by := w.Countries[must(w.Lookup("BY"))]
	for _, n := range []string{"LT", "LV", "PL", "RU", "UA"} {
		if _, ok := by.Borders[n]; !ok {
			t.Errorf("Belarus does not border %s", n)
		}
	}
	if len(by.Borders) != 5 {
		t.Errorf("Belarus borders %v", by.Borders)
	}
}

func must(i int, ok bool) int {
	if !ok {
		panic("no such country")
	}
	return i
}

// TestGolden draws the bundled corpus's map with Belarus selected.
// Rewrite with `go test ./ui/worldmap -run TestGolden -update`.
func TestGolden(t *testing.T) {
	counts := bundledCounts(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(world(t))
			m.SetSize(sz[0], sz[1])
			m.SetCounts(counts)
			if !m.Select("BY") {
				t.Fatal("no Belarus")
			}
			view := m.View(testStyles())
			if !strings.Contains(view, "\x1b[") {
				t.Error("the styles wrote no escape sequences")
			}
			plain := ansi.Strip(view)
			if !strings.HasPrefix(plain, "🇧🇾 Belarus · 5 articles") {
				t.Errorf("status line %q", strings.SplitN(plain, "\n", 2)[0])
			}
			golden.RequireEqual(t, plain)
		})
	}
}

// TestShading checks that every country with articles is drawn denser than
// it would be with none, and the rest at the density of none.
func TestShading(t *testing.T) {
	counts := bundledCounts(t)
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		m := New(world(t))
		m.SetSize(sz[0], sz[1])
		m.SetCounts(counts)
		m.Select("BY")
		lines := strings.Split(ansi.Strip(m.View(Styles{})), "\n")[1:]
		r := m.raster
		lit := make([]int, len(m.world.Countries))    // dots drawn
		sparse := make([]int, len(m.world.Countries)) // dots level 0 would draw
		for row := range r.Rows {
			cells := []rune(lines[row])
			for col := range r.Cols {
				g := cells[col]
				for dy := range dotsY {
					for dx := range dotsX {
						x, y := col*dotsX+dx, row*dotsY+dy
						o := r.owner[y*r.wDots+x]
						if o < 0 || m.nearSelection(x, y) {
							continue
						}
						if g >= brailleBase && g < brailleBase+256 && (g-brailleBase)&dotBit[dy][dx] != 0 {
							lit[o]++
						}
						if bayer[y&3][x&3] < density[0] {
							sparse[o]++
						}
					}
				}
			}
		}
		for i, c := range m.world.Countries {
			if sparse[i] < 4 || c.Code == "BY" {
				continue // too little of it away from labels and the selection to tell
			}
			if counts[c.Code] > 0 && lit[i] <= sparse[i] {
				t.Errorf("%dx%d: %s has %d articles but %d dots lit, as with none (%d)", sz[0], sz[1], c.Code, counts[c.Code], lit[i], sparse[i])
			}
			if counts[c.Code] == 0 && lit[i] > sparse[i] {
				t.Errorf("%dx%d: %s has no articles but %d dots lit, more than %d", sz[0], sz[1], c.Code, lit[i], sparse[i])
			}
		}
	}
}

// nearSelection reports whether a dot is on or beside the selection, where
// the outline and the label change what is drawn.
func (m *Map) nearSelection(x, y int) bool {
	if m.selected < 0 {
		return false
	}
	b := m.raster.box[m.selected]
	if x >= b.x0-1 && x <= b.x1 && y >= b.y0-1 && y <= b.y1 {
		return true
	}
	text, row, col := m.labelPlace()
	return y/dotsY == row && x/dotsX >= col && x/dotsX < col+ansi.StringWidth(text)
}

func TestScale(t *testing.T) {
	for _, tc := range []struct {
		largest int
		ranges  string
		levels  string // of 1..largest, at most ten
	}{
		{0, "0 / / /", ""},
		{1, "0 / / /1", "3"},
		{2, "0 /1 / /2", "13"},
		{5, "0 /1–2 /3 /4–5", "11233"},
		{100_000, "0 /1–46 /47–2,154 /2,155–100,000", "1111111111"},
	} {
		s := NewScale(tc.largest)
		var rs []string
		for l := range uint8(levels) {
			rs = append(rs, s.Range(l))
		}
		var ls strings.Builder
		for n := 1; n <= min(tc.largest, 10); n++ {
			fmt.Fprint(&ls, s.Level(n))
		}
		if got := strings.Join(rs, " /"); got != tc.ranges {
			t.Errorf("%d: ranges %q, want %q", tc.largest, got, tc.ranges)
		}
		if ls.String() != tc.levels {
			t.Errorf("%d: levels %q, want %q", tc.largest, ls.String(), tc.levels)
		}
	}
	if Glyph(0) == Glyph(1) || Glyph(1) == Glyph(2) || Glyph(3) != "⣿" {
		t.Errorf("legend glyphs %s %s %s %s", Glyph(0), Glyph(1), Glyph(2), Glyph(3))
	}
}

func TestMove(t *testing.T) {
	for _, tc := range []struct {
		from string
		dir  Direction
		want string
	}{
		{"BY", Right, "RU"},
		{"BY", Down, "UA"},
		{"BY", Up, "LV"},
		{"ES", Left, "PT"},
		{"FR", Up, "BE"},
		{"FR", Down, "ES"},
		{"US", Up, "CA"},
		{"US", Down, "MX"},
		{"KR", Up, "KP"},
		{"AZ", Left, "AM"},
		{"AZ", Down, "IR"},
		{"GB", Left, "IE"},
		{"QA", Up, "BH"},   // a marker
		{"IT", Down, "VA"}, // a marker
		{"TN", Right, "MT"},
		{"MY", Up, "BN"},
		{"RU", Up, ""}, // nothing further north
	} {
		t.Run(fmt.Sprintf("%s_%s", tc.from, tc.dir), func(t *testing.T) {
			m := New(world(t))
			m.SetSize(120, 40)
			m.Select(tc.from)
			moved := m.Move(tc.dir)
			want := tc.want
			if want == "" {
				want = tc.from
			}
			if m.Selected() != want || moved != (tc.want != "") {
				t.Errorf("%s from %s: %s (moved %v), want %s", tc.dir, tc.from, m.Selected(), moved, want)
			}
		})
	}
}

// TestEveryCountryReachable walks the map with the arrow keys from Belarus
// and checks every country drawn at that size can be reached, and can be
// left.
func TestEveryCountryReachable(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {120, 40}} {
		m := New(world(t))
		m.SetSize(sz[0], sz[1])
		seen := map[string]bool{"BY": true}
		queue := []string{"BY"}
		for len(queue) > 0 {
			from := queue[0]
			queue = queue[1:]
			stuck := true
			for d := Left; d <= Down; d++ {
				m.Select(from)
				if m.Move(d) {
					stuck = false
					if to := m.Selected(); !seen[to] {
						seen[to] = true
						queue = append(queue, to)
					}
				}
			}
			if stuck {
				t.Errorf("%dx%d: no move leaves %s", sz[0], sz[1], from)
			}
		}
		missed := 0
		for _, c := range m.world.Countries {
			if m.Visible(c.Code) && !seen[c.Code] {
				missed++
				t.Logf("%dx%d: %s cannot be reached", sz[0], sz[1], c.Code)
			}
		}
		// A few islands far from everything may only be reached through the
		// filter line; the continents' countries must all be reachable.
		if missed > 5 {
			t.Errorf("%dx%d: %d countries cannot be reached with the arrows", sz[0], sz[1], missed)
		}
	}
}

// TestMarkers checks that every small state without an outline has a
// marker at every size, that a click on it selects it, and that it is
// drawn as selected.
func TestMarkers(t *testing.T) {
	w := world(t)
	for _, sz := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		m := New(w)
		m.SetSize(sz[0], sz[1])
		m.SetCounts(map[string]int{"SG": 3, "BY": 5})
		m.place()
		at := map[string][2]int{}
		for _, mk := range m.markers {
			at[w.Countries[mk.country].Code] = [2]int{mk.col, mk.row + 1} // the view's rows start with the status line
		}
		for _, c := range w.Countries {
			if !c.Always {
				continue
			}
			cell, ok := at[c.Code]
			if !ok {
				if c.Code == "SG" || c.Code == "MT" || c.Code == "BH" {
					t.Errorf("%dx%d: no marker for %s", sz[0], sz[1], c.Code)
				}
				continue
			}
			code, ok := m.HitTest(cell[0], cell[1])
			if !ok || code != c.Code {
				t.Errorf("%dx%d: a click on %s's marker at %v hits %q", sz[0], sz[1], c.Code, cell, code)
				continue
			}
			m.Select(code)
			lines := strings.Split(ansi.Strip(m.View(Styles{})), "\n")
			if got := []rune(lines[cell[1]])[cell[0]]; got != markerSelected {
				t.Errorf("%dx%d: %s selected is drawn %q", sz[0], sz[1], c.Code, got)
			}
			if !strings.Contains(lines[0], c.Name) {
				t.Errorf("%dx%d: status %q does not name %s", sz[0], sz[1], lines[0], c.Name)
			}
		}
		if got := m.Count("SG"); got != 3 {
			t.Errorf("Singapore's count %d", got)
		}
	}
}

// TestHitTest clicks on capitals and on the sea.
func TestHitTest(t *testing.T) {
	m := New(world(t))
	m.SetSize(120, 40)
	for _, tc := range []struct {
		lon, lat float64
		want     string
	}{
		{27.5, 53.9, "BY"},
		{37.6, 55.8, "RU"},
		{-100, 40, "US"},
		{134, -25, "AU"},
		{-30, 30, ""}, // the Atlantic
	} {
		col, row, ok := m.raster.cellOf([2]float64{tc.lon, tc.lat})
		if !ok {
			t.Fatalf("%v off the map", tc)
		}
		code, hit := m.HitTest(col, row+1)
		if code != tc.want || hit != (tc.want != "") {
			t.Errorf("click at %v,%v hits %q, want %q", tc.lon, tc.lat, code, tc.want)
		}
	}
	if _, hit := m.HitTest(5, 0); hit {
		t.Error("a click on the status line hits a country")
	}
}

// TestEveryDrawnCountryClickable checks that each country drawn with at
// least two cells' worth of dots owns a cell, so that a click can choose
// it. Smaller ones share their cells with their neighbours at small sizes;
// the arrows and the filter line reach them.
func TestEveryDrawnCountryClickable(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {80, 24}, {200, 60}} {
		m := New(world(t))
		m.SetSize(sz[0], sz[1])
		hit := map[string]bool{}
		for row := range sz[1] {
			for col := range sz[0] {
				if code, ok := m.HitTest(col, row); ok {
					hit[code] = true
				}
			}
		}
		for i, c := range m.world.Countries {
			if m.raster.dots[i] >= 2*dotsX*dotsY && !hit[c.Code] {
				t.Errorf("%dx%d: %s is drawn but no click hits it", sz[0], sz[1], c.Code)
			}
		}
	}
}

// TestSizes draws every width from 1 to 300 at a few heights: no panic,
// and every line exactly the width.
func TestSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("the every-size sweep runs in the full pass")
	}
	counts := bundledCounts(t)
	m := New(world(t))
	m.SetCounts(counts)
	m.Select("BY")
	for _, h := range []int{1, 2, 3, 20, 50} {
		for w := 1; w <= 300; w++ {
			m.SetSize(w, h)
			lines := strings.Split(m.View(testStyles()), "\n")
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, got, ansi.Strip(l))
				}
			}
		}
	}
}

// BenchmarkFrame draws the map at 160×50 for scopes of 100 and 100,000
// articles: the same cost, under 5 ms. The raster is built once per size,
// outside the loop, as the map view keeps it.
func BenchmarkFrame(b *testing.B) {
	from := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	w := world(b)
	for _, n := range []int{100, 100_000} {
		st := store.New(storetest.Dated(n, from, from.AddDate(7, 0, -1)))
		c, err := st.CountScope(context.Background(), st.All(), "")
		if err != nil {
			b.Fatal(err)
		}
		counts := map[string]int{}
		for _, k := range c.Countries {
			counts[k.Code] = k.Articles
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			m := New(w)
			m.SetSize(160, 50)
			m.SetCounts(counts)
			m.Select("BY")
			st := testStyles()
			b.ReportAllocs()
			for b.Loop() {
				m.placed = false // as after a change of selection
				_ = m.View(st)
			}
		})
	}
}

// BenchmarkRasterize is the work done once per size.
func BenchmarkRasterize(b *testing.B) {
	w := world(b)
	for b.Loop() {
		_ = w.Rasterize(160, 48)
	}
}
