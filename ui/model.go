// Package ui is the Bubble Tea app: a root Model that lays out and routes
// between four panes (countries, article list, search, reader), one key map
// that dispatches keys and generates the help, and one set of styles for a
// light, dark or colourless terminal.
package ui

import (
	"os"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/store"
)

// Options configure the app.
type Options struct {
	Skipped []Skipped // files skipped at load, shown as a count in the status line and listed in a view of their own
	NoMouse bool      // leave the mouse to the terminal
}

// Skipped is a file that was not loaded, and why.
type Skipped = articles.Skipped

// pane names a pane of the app.
type pane int

const (
	paneCountries pane = iota
	paneList
	paneSearch
	paneReader
)

// String names the pane.
func (p pane) String() string {
	switch p {
	case paneCountries:
		return "countries"
	case paneList:
		return "list"
	case paneSearch:
		return "search"
	case paneReader:
		return "reader"
	}
	return "unknown"
}

// overlay is a view that covers the panes.
type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlaySkipped
)

// Sizes of the layout, in cells.
const (
	minWidth    = 20  // below this, or minHeight, only a message is drawn
	minHeight   = 5   //
	besideWidth = 100 // from here the countries pane stands beside the list
	wideWidth   = 140 // from here the reader stands beside them too
)

// Model is the root of the app. It implements tea.Model with value
// receivers: Update returns the new Model.
type Model struct {
	store   *store.Store
	opts    Options
	keys    *keyMap
	st      *styles
	noColor bool

	w, h      int
	focus     pane
	cameFrom  pane // where c was pressed, for esc in the countries to go back to
	searching bool // the search pane stands in the list's place
	overlay   overlay
	overTop   int // the overlay's scroll position

	countries countriesPane
	list      listPane
	search    searchPane
	reader    readerPane
	help      help.Model
}

// New builds the app over a loaded store. It reads NO_COLOR: when set, the
// app draws without colour.
func New(s *store.Store, opts Options) Model {
	noColor := os.Getenv("NO_COLOR") != ""
	st := newStyles(true, noColor) // until the terminal says otherwise
	km := defaultKeyMap()
	m := Model{
		store:     s,
		opts:      opts,
		keys:      km,
		st:        st,
		noColor:   noColor,
		focus:     paneList,
		countries: newCountriesPane(s, km, st),
		list:      newListPane(s, km, st),
		search:    newSearchPane(s, km, st),
		reader:    newReaderPane(km, st),
		help:      help.New(),
	}
	m.help.Styles = st.ShortHelp
	m.help.ShortSeparator = " · "
	m.applyFocus()
	return m
}

// Init asks the terminal for its background colour, to pick light or dark
// styles.
func (m Model) Init() tea.Cmd {
	return tea.RequestBackgroundColor
}

// Update routes a message: sizes to every pane, the background colour to
// the styles, keys (global ones first, unless a query line has focus), then
// search results to the search pane whatever has focus, mouse events to the
// pane under the pointer, and the rest to the focused pane. Actions that
// change panes (open, choose, start a search) are taken here, at once, so a
// key typed ahead lands where the user expects.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.resize()
	case tea.BackgroundColorMsg:
		m.setStyles(newStyles(msg.IsDark(), m.noColor))
	case tea.KeyPressMsg:
		m, cmd = m.handleKey(msg)
	case searchResultsMsg:
		m.search, cmd = m.search.Update(msg)
		if m.search.openWhenDone && m.search.current() {
			m.search.openWhenDone = false
			m.openSearchHit()
		}
	case tea.MouseClickMsg:
		m.handleClick(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	default:
		m, cmd = m.updateFocused(msg)
	}
	m.syncPreview()
	return m, cmd
}

// typing reports whether a query line has focus: then every printable key
// is text.
func (m Model) typing() bool {
	switch m.focus {
	case paneSearch:
		return m.search.typing()
	case paneCountries:
		return m.countries.typing()
	case paneReader:
		return m.reader.typing()
	}
	return false
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	g := m.keys.Global
	if key.Matches(msg, g.Interrupt) {
		return m, tea.Quit
	}
	if m.overlay != overlayNone {
		return m.overlayKey(msg)
	}
	typing := m.typing()
	switch {
	case key.Matches(msg, g.NextPane): // not printable: works while typing
		m.cycle(1)
		return m, nil
	case key.Matches(msg, g.PrevPane):
		m.cycle(-1)
		return m, nil
	}
	if !typing {
		switch {
		case key.Matches(msg, g.Quit):
			return m, tea.Quit
		case key.Matches(msg, g.Help):
			m.overlay, m.overTop = overlayHelp, 0
			return m, nil
		case key.Matches(msg, g.Skipped):
			m.overlay, m.overTop = overlaySkipped, 0
			return m, nil
		case key.Matches(msg, g.Countries):
			if m.focus != paneCountries {
				m.cameFrom = m.focus
			}
			m.setFocus(paneCountries)
			return m, nil
		}
	}

	var cmd tea.Cmd
	switch m.focus {
	case paneList:
		switch {
		case key.Matches(msg, m.keys.List.Open):
			m.openListItem()
		case key.Matches(msg, m.keys.List.Search):
			cmd = m.startSearch()
		case key.Matches(msg, g.Back):
			if m.list.country != "" {
				cmd = m.chooseCountry("")
			}
		default:
			m.list, cmd = m.list.Update(msg)
		}
	case paneSearch:
		s := m.keys.Search
		switch {
		case key.Matches(msg, s.Open):
			m.openSearchHit()
		case key.Matches(msg, s.Clear):
			m.closeSearch()
		case !typing && key.Matches(msg, s.Edit):
			cmd = m.search.focusInput()
		default:
			m.search, cmd = m.search.Update(msg)
		}
	case paneCountries:
		switch {
		case key.Matches(msg, m.keys.Countries.Choose):
			m.countries.filter.Blur()
			if code, ok := m.countries.selectedCode(); ok {
				cmd = m.chooseCountry(code)
			}
		case !typing && key.Matches(msg, g.Back) && m.countries.filter.Value() != "":
			m.countries.clearFilter() // esc clears a filter before it leaves
		case !typing && key.Matches(msg, g.Back):
			if m.cameFrom == paneReader && m.reader.art != nil {
				m.setFocus(paneReader)
			} else {
				m.setFocus(m.mainPane())
			}
		default:
			m.countries, cmd = m.countries.Update(msg)
		}
	case paneReader:
		r := m.keys.Reader
		switch {
		case typing:
			m.reader, cmd = m.reader.Update(msg)
		case key.Matches(msg, r.PrevArticle):
			m.stepArticle(-1)
		case key.Matches(msg, r.NextArticle):
			m.stepArticle(1)
		case key.Matches(msg, g.Back):
			m.setFocus(m.mainPane())
		default:
			m.reader, cmd = m.reader.Update(msg)
		}
	}
	return m, cmd
}

// updateFocused hands a message to the focused pane (pastes, the cursor).
func (m Model) updateFocused(msg tea.Msg) (Model, tea.Cmd) {
	return m.updatePane(m.focus, msg)
}

// updatePane hands a message to pane p.
func (m Model) updatePane(p pane, msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch p {
	case paneCountries:
		m.countries, cmd = m.countries.Update(msg)
	case paneList:
		m.list, cmd = m.list.Update(msg)
	case paneSearch:
		m.search, cmd = m.search.Update(msg)
	case paneReader:
		m.reader, cmd = m.reader.Update(msg)
	}
	return m, cmd
}

// mainPane is the pane in the list's place: the search while one is open.
func (m Model) mainPane() pane {
	if m.searching {
		return paneSearch
	}
	return paneList
}

// setFocus moves the focus; the query lines of the pane left behind give
// up theirs, keeping their text.
func (m *Model) setFocus(p pane) {
	if p != m.focus {
		m.search.blurInput()
		m.countries.filter.Blur()
		if m.reader.typing() {
			m.reader.find.Blur()
		}
	}
	m.focus = p
	m.applyFocus()
}

func (m *Model) applyFocus() {
	m.countries.focused = m.focus == paneCountries
	m.list.focused = m.focus == paneList
	m.search.focused = m.focus == paneSearch
	m.reader.focused = m.focus == paneReader
}

// cycle moves the focus to the next (+1) or previous (-1) pane: countries,
// the list or search, and the reader once an article is open.
// Tab to the reader shows the article selected in the list or search,
// which may have moved since the reader was last seen.
func (m *Model) cycle(dir int) {
	ring := []pane{paneCountries, m.mainPane()}
	if m.reader.art != nil && m.mainSelected() != nil {
		ring = append(ring, paneReader)
	}
	i := 0
	for j, p := range ring {
		if p == m.focus {
			i = j
		}
	}
	next := ring[(i+dir+len(ring))%len(ring)]
	if next == paneReader && m.focus != paneReader {
		m.showSelected()
	}
	m.setFocus(next)
}

// mainSelected is the article selected in the list, or in the search
// while one is open.
func (m Model) mainSelected() *articles.Article {
	if m.searching {
		return m.search.selected()
	}
	return m.list.selected()
}

// showSelected puts the selected article in the reader, unless it is
// there already.
func (m *Model) showSelected() {
	a, terms := m.mainSelected(), (*store.Results)(nil)
	if m.searching {
		terms = m.search.results
	}
	if a != m.reader.art || terms != m.reader.terms {
		m.reader.open(a, terms)
	}
}

// openListItem opens the selected article of the list in the reader.
func (m *Model) openListItem() {
	if a := m.list.selected(); a != nil {
		m.reader.open(a, nil)
		m.setFocus(paneReader)
	}
}

// openSearchHit opens the selected hit with the search terms marked; if the
// results of the query as typed have not arrived yet, it opens the first
// one when they do.
func (m *Model) openSearchHit() {
	if !m.search.current() {
		m.search.openWhenDone = true
		return
	}
	if a := m.search.selected(); a != nil {
		m.reader.open(a, m.search.results)
		m.setFocus(paneReader)
	}
}

// startSearch opens the search pane with its query line focused; the first
// search (an empty query: every article in scope) starts at once.
func (m *Model) startSearch() tea.Cmd {
	m.searching = true
	m.setFocus(paneSearch)
	cmds := []tea.Cmd{m.search.focusInput()}
	if m.search.results == nil {
		cmds = append(cmds, m.search.run())
	}
	return tea.Batch(cmds...)
}

// closeSearch cancels the search and puts the list back, on the article
// the search was on if the list shows it.
func (m *Model) closeSearch() {
	m.list.selectArticle(m.search.selected())
	m.search.stop()
	m.searching = false
	m.setFocus(paneList)
}

// chooseCountry filters the list and scopes the search to a country ("" for
// all) and moves to the list.
func (m *Model) chooseCountry(code string) tea.Cmd {
	was := m.list.selected()
	m.countries.choose(code)
	m.list.setCountry(code)
	m.list.SetSize(m.list.w, m.list.h)
	m.list.selectArticle(was) // the article, or the search hit, stays selected if the country has it
	cmd := m.search.setCountry(code, m.searching)
	m.setFocus(m.mainPane())
	return cmd
}

// stepArticle opens the previous (-1) or next (+1) article of the list the
// reader was opened from.
func (m *Model) stepArticle(dir int) {
	if m.searching {
		if a, ok := m.search.step(dir); ok {
			m.reader.open(a, m.search.results)
		}
		return
	}
	if a, ok := m.list.step(dir); ok {
		m.reader.open(a, nil)
	}
}

// syncPreview keeps the reader on the selected article while it stands
// beside the list and does not have focus.
func (m *Model) syncPreview() {
	if m.w < wideWidth || m.focus == paneReader {
		return
	}
	m.showSelected()
}

// setStyles hands new styles to every pane.
func (m *Model) setStyles(st *styles) {
	m.st = st
	m.countries.setStyles(st)
	m.list.st = st
	m.search.setStyles(st)
	m.reader.setStyles(st)
	m.help.Styles = st.ShortHelp
}

// overlayKey handles keys while the help or the skipped files cover the
// panes.
func (m Model) overlayKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	g, mv := m.keys.Global, m.keys.Move
	page := max(m.h-4, 1)
	switch {
	case key.Matches(msg, g.Quit):
		return m, tea.Quit
	case key.Matches(msg, g.Back), key.Matches(msg, g.Help) && m.overlay == overlayHelp,
		key.Matches(msg, g.Skipped) && m.overlay == overlaySkipped:
		m.overlay = overlayNone
	case key.Matches(msg, g.Help):
		m.overlay, m.overTop = overlayHelp, 0
	case key.Matches(msg, g.Skipped):
		m.overlay, m.overTop = overlaySkipped, 0
	case key.Matches(msg, mv.Up):
		m.overTop--
	case key.Matches(msg, mv.Down):
		m.overTop++
	case key.Matches(msg, mv.Top):
		m.overTop = 0
	case key.Matches(msg, mv.Bottom):
		m.overTop = 1 << 30
	case key.Matches(msg, mv.PageUp), key.Matches(msg, mv.HalfPageUp), key.Matches(msg, m.keys.Reader.PageUp):
		m.overTop -= page
	case key.Matches(msg, mv.PageDown), key.Matches(msg, mv.HalfPageDown), key.Matches(msg, m.keys.Reader.PageDown):
		m.overTop += page
	}
	m.overTop = min(max(m.overTop, 0), m.overlayMaxTop())
	return m, nil
}

// rect is a pane's place on the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout says where each pane goes. Every pane has a place whether shown or
// not, so sizes do not change with focus; shown says which are drawn.
type layout struct {
	tooSmall                bool
	countries, main, reader rect
	shown                   []pane // left to right
}

func (m Model) layout() layout {
	if m.w < minWidth || m.h < minHeight {
		return layout{tooSmall: true}
	}
	body := rect{0, 1, m.w, m.h - 2}
	l := layout{countries: body, main: body, reader: body}
	main := m.mainPane()
	switch {
	case m.w >= wideWidth:
		cw := m.countries.fitWidth(countriesWidth(m.w))
		rw := min(readerWidth+6, (m.w-cw)/2)
		l.countries = rect{0, 1, cw, body.h}
		l.main = rect{cw, 1, m.w - cw - rw, body.h}
		l.reader = rect{m.w - rw, 1, rw, body.h}
		l.shown = []pane{paneCountries, main, paneReader}
	case m.w >= besideWidth:
		cw := m.countries.fitWidth(countriesWidth(m.w))
		l.countries = rect{0, 1, cw, body.h}
		l.main = rect{cw, 1, m.w - cw, body.h}
		l.shown = []pane{paneCountries, main}
		if m.focus == paneReader {
			l.shown = []pane{paneReader}
		}
	default:
		l.shown = []pane{m.focus}
	}
	return l
}

// countriesWidth is the most the countries pane takes beside the list; it
// takes less when its names are short (countriesPane.fitWidth).
func countriesWidth(w int) int { return min(max(w/4, 26), 34) }

// resize gives every pane its size.
func (m *Model) resize() {
	l := m.layout()
	if l.tooSmall {
		return
	}
	m.countries.SetSize(l.countries.w, l.countries.h)
	m.list.SetSize(l.main.w, l.main.h)
	m.search.SetSize(l.main.w, l.main.h)
	m.reader.SetSize(l.reader.w, l.reader.h)
	m.help.SetWidth(max(m.w-2, 0))
}

// paneAt returns the shown pane at a cell and its rectangle.
func (m Model) paneAt(x, y int) (pane, rect, bool) {
	l := m.layout()
	if l.tooSmall || m.overlay != overlayNone {
		return 0, rect{}, false
	}
	for _, p := range l.shown {
		r := l.rectOf(p)
		if r.contains(x, y) {
			return p, r, true
		}
	}
	return 0, rect{}, false
}

func (l layout) rectOf(p pane) rect {
	switch p {
	case paneCountries:
		return l.countries
	case paneReader:
		return l.reader
	}
	return l.main
}

// handleClick focuses the pane clicked and selects the row clicked; a click
// on the selected row opens it (or chooses the country).
func (m *Model) handleClick(msg tea.MouseClickMsg) {
	if msg.Button != tea.MouseLeft {
		return
	}
	p, r, ok := m.paneAt(msg.X, msg.Y)
	if !ok {
		return
	}
	y := msg.Y - r.y
	switch p {
	case paneCountries:
		m.setFocus(paneCountries)
		if i, ok := m.countries.rowAt(y); ok {
			m.countries.moveTo(i, len(m.countries.rows), m.countries.visible())
			if code, ok := m.countries.selectedCode(); ok {
				m.chooseCountry(code)
			}
		}
	case paneList:
		m.setFocus(paneList)
		if i, ok := m.list.rowAt(y); ok {
			if i == m.list.sel {
				m.openListItem()
				return
			}
			m.list.moveTo(i, len(m.list.items), m.list.visible())
		}
	case paneSearch:
		m.setFocus(paneSearch)
		if y == 1 { // the query line
			m.search.focusInput()
			return
		}
		if i, ok := m.search.rowAt(y); ok {
			if i == m.search.sel {
				m.openSearchHit()
				return
			}
			m.search.moveTo(i, m.search.count(), m.search.visible())
		}
	case paneReader:
		m.setFocus(paneReader)
	}
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) {
	if m.overlay != overlayNone {
		m.overTop = min(max(m.overTop+3*wheelDelta(msg), 0), m.overlayMaxTop())
		return
	}
	p, _, ok := m.paneAt(msg.X, msg.Y)
	if !ok {
		return
	}
	*m, _ = m.updatePane(p, msg)
}

// View draws the app. The mouse is captured unless Options.NoMouse.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "dateline"
	if !m.opts.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// tooSmallMessage is all that is drawn in a terminal too small for the app.
const tooSmallMessage = "dateline: the terminal is too small (20×5 at least)"

func (m Model) render() string {
	l := m.layout()
	if l.tooSmall {
		if m.w <= 0 || m.h <= 0 {
			return ""
		}
		return m.st.App.Message.Render(cut(tooSmallMessage, m.w))
	}
	body := m.h - 2
	lines := make([]string, 0, m.h)
	lines = append(lines, m.header())
	switch {
	case m.overlay != overlayNone:
		lines = append(lines, m.overlayView(m.w, body)...)
	default:
		blocks := make([][]string, 0, len(l.shown))
		for _, p := range l.shown {
			var b []string
			switch p {
			case paneCountries:
				b = m.countries.lines()
			case paneList:
				b = m.list.lines()
			case paneSearch:
				b = m.search.lines()
			case paneReader:
				b = m.reader.viewLines()
			}
			blocks = append(blocks, b)
		}
		lines = append(lines, besides(blocks...)...)
	}
	lines = append(lines, m.footer())
	return strings.Join(lines, "\n")
}

// header is the status line: counts on the left (and skipped files), the
// chosen country and the query on the right.
func (m Model) header() string {
	st := m.st.App
	const name = " dateline"
	stats := " · " + plural(m.store.Len(), "article", "articles") +
		" · " + plural(len(m.store.Countries()), "country", "countries")
	skipped := ""
	if n := len(m.opts.Skipped); n > 0 {
		skipped = commas(n) + " skipped"
	}
	var right []string
	if code := m.countries.chosen; code != "" {
		flag, name := m.countries.name(code)
		if ansi.StringWidth(flag) == 2 {
			name = flag + " " + name
		}
		right = append(right, oneLine(name))
	}
	if q := m.search.query; m.searching && q != "" {
		right = append(right, "/"+oneLine(q))
	}
	// The app's name keeps its place; the filters get at most half of the
	// rest, and the counts what is left, cut.
	r := cut(strings.Join(right, "  "), min(m.w/2, m.w-len(name)-3))
	if r != "" {
		r = " " + r + " "
	}
	room := m.w - ansi.StringWidth(r) - len(name)
	left := st.Name.Render(name)
	if skipped != "" && room >= ansi.StringWidth(stats)+3+len(skipped) {
		left += st.Dim.Render(stats+" · ") + st.Warn.Render(skipped)
	} else if skipped != "" && room >= 3+len(skipped) {
		left += st.Dim.Render(" · ") + st.Warn.Render(skipped)
	} else if room >= 8 {
		left += st.Dim.Render(cut(stats, room))
	}
	return fit(fit(left, m.w-ansi.StringWidth(r))+st.Header.Render(r), m.w)
}

// footer is the short help: the focused pane's keys, then the global ones,
// which always keep their place; the pane's are cut to what is left.
func (m Model) footer() string {
	var local, global []key.Binding
	if m.overlay != overlayNone {
		local = []key.Binding{m.keys.moveHelp(), m.keys.Global.Back}
		global = []key.Binding{m.keys.Global.Quit}
	} else {
		switch m.focus {
		case paneCountries:
			local = m.countries.Bindings()
		case paneList:
			local = m.list.Bindings()
		case paneSearch:
			local = m.search.Bindings()
		case paneReader:
			local = m.reader.Bindings()
		}
		if !m.typing() {
			global = m.keys.shortGlobal()
		}
	}
	h := m.help
	right := ""
	if len(global) > 0 {
		right = h.ShortHelpView(global)
	}
	sep := m.st.ShortHelp.ShortSeparator.Render(h.ShortSeparator)
	room := m.w - 1 - ansi.StringWidth(right)
	if right != "" {
		room -= ansi.StringWidth(sep)
	}
	// As many of the pane's keys as fit, whole, then "…". (The help
	// bubble's own cut can overrun its width by an item.)
	h.SetWidth(0)
	left := ""
	for k := len(local); k > 0; k-- {
		v := h.ShortHelpView(local[:k])
		if k < len(local) {
			v += " " + m.st.ShortHelp.Ellipsis.Render(h.Ellipsis)
		}
		if ansi.StringWidth(v) <= room {
			left = v
			break
		}
	}
	if right != "" && room > 0 {
		if left != "" {
			left += sep
		}
		left += right
	}
	return fit(" "+left, m.w)
}
