package worldmap

import (
	"math"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/paulmach/orb"

	"dateline/ui/internal/pen"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Styles are the map's styles, given by the app from its palette. The zero
// value draws without colour; the shading is in the density of the dots
// either way.
type Styles struct {
	Level    [levels]lipgloss.Style // the dots of each level; 0 is no articles
	Selected lipgloss.Style         // the selected country's outline and marker
	Label    lipgloss.Style         // the selected country's name on the map
	Status   lipgloss.Style         // the line naming the selection
	Legend   lipgloss.Style
}

// Marker glyphs, for the countries too small to draw.
const (
	markerNone     = '·' // no article mentions it
	markerCounted  = '•'
	markerSelected = '◉'
)

// Direction is a move to a neighbouring country.
type Direction int

// Directions of a move.
const (
	Left Direction = iota
	Right
	Up
	Down
)

// String names the direction.
func (d Direction) String() string {
	return [...]string{"left", "right", "up", "down"}[d]
}

func (d Direction) vector() orb.Point {
	return [...]orb.Point{{-1, 0}, {1, 0}, {0, 1}, {0, -1}}[d]
}

// Map is the map view's state: its size, the counts, the selection, and the
// raster of the world at the current size, which it owns and rebuilds only
// when the size changes. Its view is a status line naming the selection,
// the map, and a legend line.
type Map struct {
	world    *World
	width    int
	height   int
	raster   *Raster
	counts   []int // per country of the world
	scale    Scale
	selected int // index into world.Countries, or -1
	markers  []marker
	placed   bool // markers are placed for the current size, counts and selection
}

// marker is a country drawn as one glyph at a cell.
type marker struct {
	country  int
	col, row int
}

// New returns a map of the world with nothing selected and no counts.
func New(w *World) *Map {
	return &Map{world: w, selected: -1, counts: make([]int, len(w.Countries))}
}

// World returns the world the map draws.
func (m *Map) World() *World { return m.world }

// SetSize sets the size of the whole view in cells.
func (m *Map) SetSize(width, height int) {
	width, height = max(width, 0), max(height, 0)
	if width == m.width && height == m.height && m.raster != nil {
		return
	}
	m.width, m.height = width, height
	cols, rows := m.canvasSize()
	if m.raster == nil || m.raster.Cols != cols || m.raster.Rows != rows {
		m.raster = m.world.Rasterize(cols, rows)
	}
	m.placed = false
}

// canvasSize is the map's part of the view: all but the status and legend
// lines.
func (m *Map) canvasSize() (cols, rows int) { return m.width, max(m.height-2, 0) }

// SetCounts sets how many articles mention each country, by code. Codes
// that are not on the map are ignored.
func (m *Map) SetCounts(counts map[string]int) {
	clear(m.counts)
	largest := 0
	for code, n := range counts {
		if i, ok := m.world.Lookup(code); ok {
			m.counts[i] = n
			largest = max(largest, n)
		}
	}
	m.scale = NewScale(largest)
	m.placed = false
}

// Count returns the count of a country.
func (m *Map) Count(code string) int {
	if i, ok := m.world.Lookup(code); ok {
		return m.counts[i]
	}
	return 0
}

// Scale returns the scale of the current counts.
func (m *Map) Scale() Scale { return m.scale }

// Select selects the country with code; it reports false, and leaves the
// selection, when the map has no such country.
func (m *Map) Select(code string) bool {
	i, ok := m.world.Lookup(code)
	if !ok {
		return false
	}
	m.selected = i
	m.placed = false
	return true
}

// Selected returns the code of the selected country, or "".
func (m *Map) Selected() string {
	if m.selected < 0 {
		return ""
	}
	return m.world.Countries[m.selected].Code
}

// visible reports whether a country can be seen and chosen at this size:
// it owns dots, or has a marker.
func (m *Map) visible(i int) bool {
	if m.raster.dots[i] > 0 {
		return true
	}
	m.place()
	for _, mk := range m.markers {
		if mk.country == i {
			return true
		}
	}
	return false
}

// Visible reports whether the country with code is drawn at this size.
func (m *Map) Visible(code string) bool {
	i, ok := m.world.Lookup(code)
	return ok && m.raster != nil && m.visible(i)
}

// Move selects the neighbour in direction d (see Neighbour) and reports
// whether the selection changed.
func (m *Map) Move(d Direction) bool {
	i, ok := m.neighbour(d)
	if ok {
		m.selected = i
		m.placed = false
	}
	return ok
}

// Neighbour returns the code of the country a move in direction d would
// select: among the countries drawn, the one whose label point, or border
// with the selection, lies most nearly that way and nearest, a neighbour
// by land before one across the sea. ok is false when there is none.
func (m *Map) Neighbour(d Direction) (code string, ok bool) {
	i, ok := m.neighbour(d)
	if !ok {
		return "", false
	}
	return m.world.Countries[i].Code, true
}

func (m *Map) neighbour(d Direction) (int, bool) {
	if m.raster == nil || m.selected < 0 {
		return 0, false
	}
	from := m.world.Countries[m.selected]
	dir := d.vector()
	best, bestCost := -1, math.Inf(1)
	for i, c := range m.world.Countries {
		if i == m.selected || !m.visible(i) {
			continue
		}
		targets, n := [2]orb.Point{c.Label}, 1
		border, ok := from.Borders[c.Code]
		if ok {
			targets[1], n = border, 2
		}
		for _, to := range targets[:n] {
			v := orb.Point{wrapLon(to[0] - from.Label[0]), to[1] - from.Label[1]}
			along := v[0]*dir[0] + v[1]*dir[1]
			across := math.Abs(v[0]*dir[1] - v[1]*dir[0])
			if along <= 0 || across > along*maxSkew {
				continue
			}
			cost := along + skewCost*across
			if !ok {
				cost += overseas
			}
			if cost < bestCost {
				best, bestCost = i, cost
			}
		}
	}
	return best, best >= 0
}

// A move goes to a country within about 50° of its direction; a country
// off to the side costs more than one straight ahead, and one across the
// sea more than a neighbour by land.
const (
	maxSkew  = 1.2
	skewCost = 2.0
	overseas = 4.0 // degrees
)

func wrapLon(dx float64) float64 {
	switch {
	case dx > 180:
		return dx - 360
	case dx < -180:
		return dx + 360
	}
	return dx
}

// HitTest returns the code of the country drawn at a cell of the view
// (column and row from its top left), or false for the sea and the lines
// around the map.
func (m *Map) HitTest(col, row int) (string, bool) {
	if m.raster == nil {
		return "", false
	}
	row-- // the status line
	cols, rows := m.canvasSize()
	if col < 0 || row < 0 || col >= cols || row >= rows {
		return "", false
	}
	m.place()
	for _, mk := range m.markers {
		if mk.col == col && mk.row == row {
			return m.world.Countries[mk.country].Code, true
		}
	}
	if o := m.raster.cell[row*cols+col]; o >= 0 {
		return m.world.Countries[o].Code, true
	}
	return "", false
}

// place puts a marker for every country without an outline at 1:110m
// that is a sovereign state, has articles or is selected: at its label
// point, or the nearest free cell when another marker has it, those with
// more articles first. A marker does not move when the selection does; one
// with no free cell within two is left out, unless it is the selection.
func (m *Map) place() {
	if m.placed {
		return
	}
	m.placed = true
	m.markers = m.markers[:0]
	var want []int
	for i, c := range m.world.Countries {
		if m.raster.dots[i] == 0 && c.Shape == nil && (c.Always || m.counts[i] > 0) {
			want = append(want, i)
		}
	}
	slices.SortStableFunc(want, func(a, b int) int { return m.counts[b] - m.counts[a] })
	if s := m.selected; s >= 0 && m.raster.dots[s] == 0 && !slices.Contains(want, s) {
		want = append(want, s)
	}
	taken := map[[2]int]bool{}
	for _, i := range want {
		col, row, ok := m.raster.cellOf(m.world.Countries[i].Label)
		if !ok {
			continue
		}
		at, ok := m.free(col, row, taken)
		if !ok && i != m.selected {
			continue
		}
		if !ok {
			at = [2]int{col, row}
		}
		taken[at] = true
		m.markers = append(m.markers, marker{country: i, col: at[0], row: at[1]})
	}
}

// spiral is the order in which cells around a marker's own are tried.
var spiral = [][2]int{
	{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {-1, 1}, {1, -1}, {-1, -1},
	{2, 0}, {-2, 0}, {0, 2}, {0, -2}, {2, 1}, {-2, 1}, {2, -1}, {-2, -1},
}

// free returns the first cell of the spiral around col, row that no other
// marker has and that is not the one cell a country is clicked by.
func (m *Map) free(col, row int, taken map[[2]int]bool) ([2]int, bool) {
	r := m.raster
	for _, d := range spiral {
		c, rw := col+d[0], row+d[1]
		if c < 0 || rw < 0 || c >= r.Cols || rw >= r.Rows || taken[[2]int{c, rw}] {
			continue
		}
		if o := r.cell[rw*r.Cols+c]; o >= 0 && r.cells[o] <= 1 {
			continue
		}
		return [2]int{c, rw}, true
	}
	return [2]int{}, false
}

// View draws the status line, the map and the legend, each line exactly
// the view's width.
func (m *Map) View(st Styles) string {
	if m.raster == nil || m.width == 0 || m.height == 0 {
		return ""
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, fit(st.Status.Render(m.status()), m.width))
	if m.height >= 2 {
		lines = append(lines, m.canvas(st)...)
		lines = append(lines, fit(m.legend(st), m.width))
	}
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

// status names the selection with its flag and count.
func (m *Map) status() string {
	if m.selected < 0 {
		return "No country selected"
	}
	c := m.world.Countries[m.selected]
	s := c.Name + " · " + articlesText(m.counts[m.selected])
	if c.Flag != "" {
		s = c.Flag + " " + s
	}
	return s
}

func articlesText(n int) string {
	if n == 1 {
		return "1 article"
	}
	return groupDigits(n) + " articles"
}

// groupDigits writes a count with thousands separators, as the rest of
// the app does.
func groupDigits(n int) string { return message.NewPrinter(language.English).Sprintf("%d", n) }

// legend shows each level's dots with its range of counts.
func (m *Map) legend(st Styles) string {
	var b strings.Builder
	for l := range uint8(levels) {
		r := m.scale.Range(l)
		if r == "" || l > 0 && m.scale.Max == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("  ")
		}
		b.WriteString(st.Level[l].Render(Glyph(l)))
		b.WriteString(st.Legend.Render(" " + r))
	}
	b.WriteString(st.Legend.Render(" articles  " + string(markerCounted) + " small country"))
	return b.String()
}

// canvas draws the map's rows.
func (m *Map) canvas(st Styles) []string {
	m.place()
	r := m.raster
	cols, rows := r.Cols, r.Rows
	level := make([]uint8, len(m.world.Countries))
	for i, n := range m.counts {
		level[i] = m.scale.Level(n)
	}
	markerAt := make(map[int]int, len(m.markers)) // cell → country
	for _, mk := range m.markers {
		markerAt[mk.row*cols+mk.col] = mk.country
	}
	sel := m.selected
	var selBox dotBox
	if sel >= 0 {
		selBox = r.box[sel]
	}
	// The selection is drawn as its outline, its dots that touch another
	// owner's, with a dark gap of one dot around it.
	nearSel := func(x, y int) bool {
		return sel >= 0 && x >= selBox.x0-1 && x <= selBox.x1 && y >= selBox.y0-1 && y <= selBox.y1
	}
	touches := func(x, y int, isSel bool) bool {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if (r.ownerAt(x+dx, y+dy) == int16(sel)) == isSel {
					return true
				}
			}
		}
		return false
	}
	dotOn := func(x, y int, o int16) bool {
		switch {
		case o < 0:
			return false
		case !nearSel(x, y):
			return lit(level[o], x, y)
		case o == int16(sel):
			return touches(x, y, false)
		default:
			return !touches(x, y, true) && lit(level[o], x, y)
		}
	}

	var pens [levels + 1]pen.Pen
	for i := range pens {
		pens[i] = pen.New(styleOf(st, i))
	}
	label, labelRow, labelCol := m.labelPlace()
	labelPen := pen.New(st.Label)
	out := make([]string, 0, rows)
	var line pen.Line
	for row := range rows {
		line.Reset()
		for col := 0; col < cols; col++ {
			if row == labelRow && col == labelCol {
				line.WriteString(&labelPen, label)
				col += ansi.StringWidth(label) - 1
				continue
			}
			glyph, style := ' ', -1
			if i, ok := markerAt[row*cols+col]; ok {
				switch {
				case i == sel:
					glyph, style = markerSelected, styleSelected
				case m.counts[i] > 0:
					glyph, style = markerCounted, int(level[i])
				default:
					glyph, style = markerNone, 0
				}
			} else {
				var bits rune
				for dy := range dotsY {
					for dx := range dotsX {
						x, y := col*dotsX+dx, row*dotsY+dy
						o := r.owner[y*r.wDots+x]
						if dotOn(x, y, o) {
							bits |= dotBit[dy][dx]
							if o == int16(sel) {
								style = styleSelected
							}
						}
					}
				}
				if style != styleSelected {
					if o := r.cell[row*cols+col]; o >= 0 && bits != 0 {
						style = int(level[o])
					}
				}
				if bits != 0 {
					glyph = brailleBase + bits
				}
			}
			if style < 0 {
				line.WriteRune(nil, glyph)
			} else {
				line.WriteRune(&pens[style], glyph)
			}
		}
		out = append(out, line.String())
	}
	return out
}

const styleSelected = levels

func styleOf(st Styles, style int) lipgloss.Style {
	switch {
	case style == styleSelected:
		return st.Selected
	case style >= 0 && style < levels:
		return st.Level[style]
	}
	return lipgloss.Style{}
}

// labelPlace puts the selected country's name on the map, just right of
// its dots on the row of its label point, or left of them when the right
// has no room; row -1 when neither has.
func (m *Map) labelPlace() (text string, row, col int) {
	if m.selected < 0 {
		return "", -1, -1
	}
	r := m.raster
	c := m.world.Countries[m.selected]
	text = " " + c.Name + " "
	w := ansi.StringWidth(text)
	lc, lr, ok := r.cellOf(c.Label)
	if !ok {
		return "", -1, -1
	}
	left, right := lc, lc
	if r.dots[m.selected] > 0 {
		b := r.box[m.selected]
		left, right = b.x0/dotsX, (b.x1-1)/dotsX
	} else {
		for _, mk := range m.markers {
			if mk.country == m.selected {
				left, right, lr = mk.col, mk.col, mk.row
			}
		}
	}
	switch {
	case right+1+w <= r.Cols:
		return text, lr, right + 1
	case left-w >= 0:
		return text, lr, left - w
	}
	return "", -1, -1
}

// fit cuts or pads a line to exactly width cells.
func fit(s string, width int) string {
	s = ansi.Truncate(s, width, "…")
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}
