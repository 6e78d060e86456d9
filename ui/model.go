package ui

import (
	"context"
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/articles/fold"
	"dateline/store"
	"dateline/store/library"
)

// Options configure the app.
type Options struct {
	Skipped []Skipped // files skipped at load, shown as a count in the status line and listed in a view of their own
	NoMouse bool      // leave the mouse to the terminal
	// Sources are the library's feeds, when the app shows them: the
	// Sources pane lists them and r fetches them; or the folders of a run
	// over folders, which r reads again. Nil otherwise.
	Sources Sources
	Feeds   []Source // the feeds as they stand at the start
	// Folders are the folders given, for a run over folders: the Sources
	// pane lists them and the folders below them that hold articles.
	Folders []string
	Refresh time.Duration // fetch every feed this often while the app runs; 0 for never
	Hint    string        // said in the footer at the start ("no feeds yet: …")
	// Marks are the reader's marks (read, saved, reading positions); nil
	// for an app without them. The app writes them in commands.
	Marks *library.MarkSet
	// MarksProblem says why marks will not be kept, once, at the start.
	MarksProblem string
	// SelectKey and Country are the article (by MarkKey) and the country
	// to open on, as Selection gave them last time.
	SelectKey, Country string
	// Stale, for a run over folders whose articles came from the snapshot
	// without a walk of the folders, says whether they now hold anything
	// else. The app asks it once, off the event loop, as it opens, and
	// reads the folders again, as r does, if they do. Nil: nothing to ask.
	Stale func(ctx context.Context) bool
}

// Skipped is a file that was not loaded, and why.
type Skipped = articles.Skipped

// Sizes of the layout, in cells.
const (
	minWidth    = 20  // below this, or minHeight, only a message is drawn
	minHeight   = 5   //
	besideWidth = 100 // from here the countries pane stands beside the list
	wideWidth   = 140 // from here the reader stands beside them too
)

// Model is the root of the app, the only tea.Model. It holds the panes in
// a table and the overlays in a stack, routes messages to them and carries
// out the intents they return.
type Model struct {
	store   *store.Store
	opts    Options
	keys    *keyMap
	st      *styles
	noColor bool
	help    help.Model

	w, h     int
	panes    []pane // by paneID
	focus    paneID
	main     paneID // the pane in the list's place: the list, or the search while one is open
	cameFrom paneID // where c was pressed, for esc in the countries to go back to
	overlays []pane // on top of the panes, the last on top
	notice   string // said in the footer until the next key

	// graphemes: the terminal measures grapheme clusters (it reported mode
	// 2027), as the layout does; until it says so, it is taken to measure
	// by wcwidth, as Bubble Tea's renderer does, and the frame is drawn for
	// that (asWcWidth).
	graphemes bool

	// end cancels the context of the work the app started (searches), when
	// it quits.
	end context.CancelFunc

	// life is the context of the work the app starts.
	life context.Context
	// drawn is closed by the first View of the whole app (a size known):
	// work that would compete with it for the processor waits for it.
	drawn    chan struct{}
	wasDrawn bool
	// left is the pane in the countries' place: the countries, or the
	// sources.
	left paneID
	// source is the chosen feed's title, folded; "" for all. folder is
	// the chosen folder, as in: reads it; "" for all.
	source, folder string
	// fetching is true while a fetch of every feed runs; fetched and
	// toFetch are its progress, and fetchCh brings its messages.
	fetching         bool
	fetched, toFetch int
	fetchCh          chan tea.Msg
	// marks are what the panes show of Options.Marks; nil without them.
	marks *markView
	// opened is the article open in the reader with focus: read, and
	// its position kept when the reader leaves it.
	opened      *articles.Article
	marksWarned bool // "marks will not be kept" was said
	// fullTexts holds, by Key, the articles whose full text came from their
	// page while the app runs; fullTried the Keys already asked for.
	fullTexts map[string]*articles.Article
	fullTried map[string]bool
	// storeGen counts the stores the panes have had, so that a store built
	// in the background over one that has since been replaced is not put
	// in its place.
	storeGen int

	// The panes the intents act on.
	countries *countriesPane
	sources   *sourcesPane
	list      *listPane
	search    *searchPane
	reader    *readerPane
}

// New builds the app over a loaded store. It reads NO_COLOR: when set, the
// app draws without colour.
func New(s *store.Store, opts Options) *Model {
	noColor := os.Getenv("NO_COLOR") != ""
	st := newStyles(true, noColor) // until the terminal says otherwise
	km := defaultKeyMap()
	life, end := context.WithCancel(context.Background())
	m := &Model{
		store: s, opts: opts, keys: km, st: st, noColor: noColor, help: help.New(),
		focus: paneList, main: paneList, end: end, life: life, drawn: make(chan struct{}), left: paneCountries, notice: opts.Hint,
		countries: newCountriesPane(s, km, st),
		list:      newListPane(s, km, st),
		search:    newSearchPane(life, s, km, st),
		reader:    newReaderPane(km, st),
	}
	m.panes = make([]pane, paneCount)
	m.panes[paneCountries] = m.countries
	m.panes[paneList] = m.list
	m.panes[paneSearch] = m.search
	m.panes[paneReader] = m.reader
	m.sources = newSourcesPane(km, st, s.Len())
	m.sources.set(opts.Feeds, s.Len())
	if len(opts.Folders) > 0 {
		m.sources.setFolders(newFolderTree(s, opts.Folders, opts.Marks), s.Len())
	}
	m.panes[paneSources] = m.sources
	switch {
	case len(opts.Folders) > 0 && len(opts.Feeds) > 0:
		km.Global.Refresh.SetHelp("r", "refresh")
	case len(opts.Folders) > 0:
		km.Global.Refresh.SetHelp("r", "re-read folders")
	}
	m.help.Styles = st.ShortHelp
	m.help.ShortSeparator = " · "
	if opts.Marks != nil {
		m.marks = newMarkView(s, opts.Marks)
		m.marks.folders = m.sources.folders
		m.list.marks, m.search.marks, m.countries.marks = m.marks, m.marks, m.marks
		if opts.MarksProblem != "" {
			m.keptResult(keptMsg{err: errors.New(opts.MarksProblem)})
		}
	}
	m.panes[m.focus].SetFocused(true)
	m.restoreSelection()
	m.refreshKeys()
	return m
}

// Init asks the terminal for its background colour, to pick light or dark
// styles.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.refreshTimer(), m.checkStale())
}

// checkStale asks Options.Stale, in the background; a staleMsg comes back
// if the folders changed since the snapshot the app opened on. The walk
// it takes starts once the first frame is on the screen (drawn, and the
// renderer's next tick after it), so that the two do not share the
// processor.
func (m *Model) checkStale() tea.Cmd {
	stale, life, drawn := m.opts.Stale, m.life, m.drawn
	if stale == nil || m.opts.Sources == nil {
		return nil
	}
	return func() tea.Msg {
		select {
		case <-drawn:
		case <-life.Done():
			return nil
		}
		time.Sleep(time.Second / FPS)
		if stale(life) {
			return staleMsg{}
		}
		return nil
	}
}

// Update routes a message: sizes to every pane, the background colour to
// the styles, keys through the key table, asynchronous results to their
// owner whatever has focus, mouse events to the pane under the pointer, and
// the rest to the overlay on top or the focused pane. The intents the panes
// return are carried out here, at once, so that a key typed ahead lands
// where the user expects.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.resize()
	case tea.BackgroundColorMsg:
		m.setStyles(newStyles(msg.IsDark(), m.noColor))
	case tea.ModeReportMsg:
		if msg.Mode == ansi.ModeUnicodeCore { // the values on which Bubble Tea's renderer measures graphemes too
			m.graphemes = msg.Value == ansi.ModeSet || msg.Value == ansi.ModeReset || msg.Value == ansi.ModePermanentlySet
		}
	case tea.KeyPressMsg:
		m.notice = ""
		if key, ok := m.afterEsc(msg); ok {
			cmd = m.handleKey(tea.KeyPressMsg{Code: tea.KeyEscape})
			m.refreshKeys()
			cmd = tea.Batch(cmd, m.handleKey(key))
			break
		}
		cmd = m.handleKey(msg)
	case tea.MouseClickMsg:
		cmd = m.handleMouse(msg, msg.X, msg.Y, true)
	case tea.MouseWheelMsg:
		cmd = m.handleMouse(msg, msg.X, msg.Y, false)
	case ownedMsg:
		in, c := m.panes[msg.owner()].Update(msg)
		cmd = tea.Batch(c, m.apply(in))
	case keptMsg:
		m.keptResult(msg)
	case viewCountsMsg:
		cmd = m.routeViewCounts(msg)
	case fetchProgressMsg:
		m.fetched, m.toFetch = msg.done, msg.total
		cmd = waitFetch(m.fetchCh)
	case fetchDoneMsg:
		cmd = m.finishRefresh(msg)
	case fullTextMsg:
		cmd = m.showFullText(msg)
	case withFullTextsMsg:
		cmd = m.takeFullTexts(msg)
	case refreshTickMsg:
		cmd = tea.Batch(m.startRefresh(), m.refreshTimer())
	case staleMsg:
		if !m.fetching { // an r already under way reads the folders anyway
			cmd = m.startRefresh()
		}
	default:
		cmd = m.toTop(msg)
	}
	m.syncPreview()
	cmd = tea.Batch(cmd, m.trackReading())
	m.refreshKeys()
	for _, p := range m.panes {
		if w, ok := p.(worker); ok {
			if c := w.work(); c != nil {
				cmd = tea.Batch(cmd, c)
			}
		}
	}
	return m, cmd
}

// quit cancels the work under way and ends the program.
func (m *Model) quit() tea.Cmd {
	m.end()
	return tea.Quit
}

// top is what keys go to: the overlay on top, or the focused pane.
func (m *Model) top() pane {
	if n := len(m.overlays); n > 0 {
		return m.overlays[n-1]
	}
	return m.panes[m.focus]
}

// toTop hands a message to the overlay on top or the focused pane.
func (m *Model) toTop(msg tea.Msg) tea.Cmd {
	in, cmd := m.top().Update(msg)
	return tea.Batch(cmd, m.apply(in))
}

// afterEsc reads an alt-modified key that nothing binds as what it nearly
// always is: esc pressed, then the key, so quickly that the terminal sent
// them as one (two quick presses of esc make alt+esc). It returns the key
// without alt.
func (m *Model) afterEsc(msg tea.KeyPressMsg) (tea.KeyPressMsg, bool) {
	if msg.Mod&tea.ModAlt == 0 {
		return msg, false
	}
	for _, r := range m.keys.table {
		if key.Matches(msg, *r.b) {
			return msg, false
		}
	}
	plain := msg
	plain.Mod &^= tea.ModAlt
	if r := plain.Code; plain.Text == "" && plain.Mod&tea.ModCtrl == 0 && r != tea.KeyEscape {
		if plain.ShiftedCode != 0 {
			r = plain.ShiftedCode
		}
		if unicode.IsPrint(r) {
			plain.Text = string(r)
		}
	}
	return plain, true
}

// handleKey carries out a global binding, or hands the key on.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	for _, r := range m.keys.table {
		if r.do != nil && key.Matches(msg, *r.b) {
			return r.do(m)
		}
	}
	return m.toTop(msg)
}

// refreshKeys enables the bindings that act now and no other: the global
// ones by their rules, and the keys the overlay on top or the focused pane
// lists.
func (m *Model) refreshKeys() {
	for _, r := range m.keys.table {
		r.b.SetEnabled(false)
	}
	top := m.top()
	for _, b := range top.Bindings() {
		b.SetEnabled(true)
	}
	_, isMap := top.(*mapOverlay)
	_, isTimeline := top.(*timelineOverlay)
	s := keyState{
		typing:  top.Typing(),
		overlay: len(m.overlays) > 0,
		view:    isMap || isTimeline,
		focus:   m.focus,
		ring:    len(m.ring()),
		skipped: len(m.opts.Skipped) > 0,
		feeds:   m.opts.Sources != nil || len(m.sources.folders.rows) > 0,
		marks:   m.marks != nil,
		article: m.marks != nil && m.marked() != nil,
	}
	for _, r := range m.keys.table {
		if r.on != nil {
			r.b.SetEnabled(r.on(s))
		}
	}
}

// apply carries out an intent.
func (m *Model) apply(in intent) tea.Cmd {
	switch in := in.(type) {
	case openArticle:
		if in.art != nil {
			m.reader.open(in.art, in.terms)
			m.setFocus(paneReader)
			return m.fullText(in.art)
		}
	case chooseCountry:
		was, _ := m.mainList().current()
		m.countries.choose(in.code)
		m.list.setCountry(in.code)
		m.list.selectArticle(was) // the article, or the search hit, stays selected if the country has it
		cmd := m.search.setCountry(in.code, m.main == paneSearch)
		m.setFocus(m.main)
		return cmd
	case startSearch:
		m.main = paneSearch
		m.setFocus(paneSearch)
		m.resize()
		return m.search.begin()
	case closeSearch:
		a, _ := m.search.current()
		m.list.selectArticle(a)
		m.search.stop()
		m.main = paneList
		m.setFocus(paneList)
		m.resize()
	case goBack:
		to := m.main
		if m.focus == paneCountries && m.cameFrom == paneReader && m.reader.showing() != nil {
			to = paneReader
		}
		m.setFocus(to)
	case stepArticle:
		l := m.mainList()
		if a, ok := l.step(in.dir); ok {
			_, terms := l.current()
			m.reader.open(a, terms)
			return m.fullText(a)
		} else if in.dir < 0 {
			m.notice = "This is the first article."
		} else {
			m.notice = "This is the last article."
		}
	case focusCountries:
		if m.focus != paneCountries {
			m.cameFrom = m.focus
		}
		m.left = paneCountries
		m.setFocus(paneCountries)
		m.resize()
	case chooseSource:
		cmd := m.narrowSource(in.pick)
		m.setFocus(m.main)
		return cmd
	case closeOverlay:
		if n := len(m.overlays); n > 0 {
			m.overlays = m.overlays[:n-1]
		}
	case notice:
		m.notice = in.text
	case narrow:
		return m.applyNarrow(in)
	}
	return nil
}

// narrowSource narrows the list and the search to a feed's or a folder's
// articles, keeping the selection where the list still has it.
func (m *Model) narrowSource(pick sourcePick) tea.Cmd {
	was, _ := m.mainList().current()
	m.sources.chosen = pick
	m.source, m.folder = fold.String(pick.feed), ""
	if pick.folder != "" {
		m.folder = folderValue(pick.folder)
	}
	m.list.setSource(m.source, m.folder)
	m.list.selectArticle(was)
	return m.search.setSource(m.sourceQuery(), m.main == paneSearch)
}

// mainList is the pane in the list's place.
func (m *Model) mainList() articleList { return m.panes[m.main].(articleList) }

// setFocus moves the focus; the pane left behind gives up its query line's
// focus, keeping the text.
func (m *Model) setFocus(p paneID) {
	if p != m.focus {
		m.panes[m.focus].SetFocused(false)
	}
	m.focus = p
	m.panes[p].SetFocused(true)
}

// ring is the panes tab moves between: countries, the list or the search,
// and the reader once an article is open.
func (m *Model) ring() []paneID {
	ring := []paneID{m.left, m.main}
	if a, _ := m.mainList().current(); m.reader.showing() != nil && a != nil {
		ring = append(ring, paneReader)
	}
	return ring
}

// cycle moves the focus to the next (+1) or previous (-1) pane of the
// ring. Tab to the reader shows the article selected in the list or
// search, which may have moved since the reader was last seen.
func (m *Model) cycle(dir int) {
	ring := m.ring()
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

// showSelected puts the selected article in the reader, unless it is
// there already.
func (m *Model) showSelected() {
	a, terms := m.mainList().current()
	if a != m.reader.showing() || terms != m.reader.terms {
		m.reader.open(a, terms)
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

// setStyles hands new styles to every pane and overlay.
func (m *Model) setStyles(st *styles) {
	m.st = st
	for _, p := range m.panes {
		p.SetStyles(st)
	}
	for _, o := range m.overlays {
		o.SetStyles(st)
	}
	m.help.Styles = st.ShortHelp
}

// push opens an overlay on top of the others.
func (m *Model) push(o pane) {
	o.SetStyles(m.st)
	o.SetSize(m.w, max(m.h-2, 0))
	o.SetFocused(true)
	m.overlays = append(m.overlays, o)
}

// toggleHelp opens the help of the keys that act here, or closes it when
// it is on top.
func (m *Model) toggleHelp() tea.Cmd {
	if _, ok := m.top().(*helpOverlay); ok {
		return m.apply(closeOverlay{})
	}
	m.push(newHelpOverlay(m.keys, m.st, m.keys.enabledHelp()))
	return nil
}

// toggleSkipped opens the list of skipped files, or closes it when it is
// on top.
func (m *Model) toggleSkipped() tea.Cmd {
	if _, ok := m.top().(*skippedOverlay); ok {
		return m.apply(closeOverlay{})
	}
	m.push(newSkippedOverlay(m.keys, m.st, m.opts.Skipped))
	return nil
}

// layout places every pane; ok is false when the terminal is too small to
// draw in. The placements are in the order they are drawn, left to right.
func (m *Model) layout() (ps []placement, ok bool) {
	if m.w < minWidth || m.h < minHeight {
		return nil, false
	}
	body := rect{0, 1, m.w, m.h - 2}
	ps = make([]placement, paneCount)
	for id := range paneCount {
		ps[id] = placement{id: id, r: body}
	}
	mainShown := func(id paneID) bool { return id == m.main }
	switch {
	case m.w >= wideWidth:
		cw := m.leftWidth()
		rw := min(readerWidth+6, (m.w-cw)/2)
		for _, id := range []paneID{paneCountries, paneSources} {
			ps[id] = placement{id, rect{0, 1, cw, body.h}, id == m.left}
		}
		for _, id := range []paneID{paneList, paneSearch} {
			ps[id] = placement{id, rect{cw, 1, m.w - cw - rw, body.h}, mainShown(id)}
		}
		ps[paneReader] = placement{paneReader, rect{m.w - rw, 1, rw, body.h}, true}
	case m.w >= besideWidth:
		cw := m.leftWidth()
		reading := m.focus == paneReader
		for _, id := range []paneID{paneCountries, paneSources} {
			ps[id] = placement{id, rect{0, 1, cw, body.h}, !reading && id == m.left}
		}
		for _, id := range []paneID{paneList, paneSearch} {
			ps[id] = placement{id, rect{cw, 1, m.w - cw, body.h}, !reading && mainShown(id)}
		}
		ps[paneReader].shown = reading
	default:
		ps[m.focus].shown = true
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].r.x < ps[j].r.x })
	return ps, true
}

// leftWidth is the width of the pane in the countries' place: the
// countries take what their names need, the sources (with their errors)
// all they may.
func (m *Model) leftWidth() int {
	if m.left == paneSources {
		return countriesWidth(m.w)
	}
	return m.countries.fitWidth(countriesWidth(m.w))
}

// countriesWidth is the most the countries pane takes beside the list; it
// takes less when its names are short (countriesPane.fitWidth).
func countriesWidth(w int) int { return min(max(w/4, 26), 34) }

// placeOf is the rectangle of a pane.
func (m *Model) placeOf(id paneID) rect {
	ps, _ := m.layout()
	for _, p := range ps {
		if p.id == id {
			return p.r
		}
	}
	return rect{}
}

// resize gives every pane and overlay its size.
func (m *Model) resize() {
	ps, ok := m.layout()
	if !ok {
		return
	}
	for _, p := range ps {
		m.panes[p.id].SetSize(p.r.w, p.r.h)
	}
	for _, o := range m.overlays {
		o.SetSize(m.w, m.h-2)
	}
	m.help.SetWidth(max(m.w-2, 0))
}

// handleMouse hands a mouse event to the overlay on top, or to the pane
// under the pointer, which a click focuses.
func (m *Model) handleMouse(msg tea.Msg, x, y int, click bool) tea.Cmd {
	ps, ok := m.layout()
	if !ok {
		return nil
	}
	if len(m.overlays) > 0 {
		return m.toTop(relative(msg, rect{0, 1, m.w, m.h - 2}))
	}
	if c, isClick := msg.(tea.MouseClickMsg); isClick && c.Button != tea.MouseLeft {
		return nil
	}
	for _, p := range ps {
		if !p.shown || !p.r.contains(x, y) {
			continue
		}
		if click {
			m.setFocus(p.id)
		}
		in, cmd := m.panes[p.id].Update(relative(msg, p.r))
		return tea.Batch(cmd, m.apply(in))
	}
	return nil
}

// Drawn is closed by the first View of the whole app: Bubble Tea writes
// that frame to the terminal at its next tick (at most 1/FPS later).
func (m *Model) Drawn() <-chan struct{} { return m.drawn }

// View draws the app. The mouse is captured unless Options.NoMouse.
func (m *Model) View() tea.View {
	frame := m.render()
	if m.w > 0 && m.h > 0 && !m.wasDrawn {
		m.wasDrawn = true
		close(m.drawn)
	}
	if !m.graphemes {
		frame = asWcWidth(frame)
	}
	v := tea.NewView(frame)
	v.AltScreen = true // no WindowTitle: the terminal's own title stays, and is there after q
	if !m.opts.NoMouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// FPS is the most frames a second the app is drawn at (tea.WithFPS):
// Bubble Tea writes a frame at the tick after it was drawn, so the first
// one waits up to a tick, and at 120 (Bubble Tea's most) half as long as
// at its default 60.
const FPS = 120

// tooSmallMessage is all that is drawn in a terminal too small for the app.
const tooSmallMessage = "dateline: the terminal is too small (20×5 at least)"

func (m *Model) render() string {
	ps, ok := m.layout()
	if !ok {
		if m.w <= 0 || m.h <= 0 {
			return ""
		}
		return m.st.App.Message.Render(cut(tooSmallMessage, m.w))
	}
	lines := make([]string, 0, m.h)
	lines = append(lines, m.header())
	if len(m.overlays) > 0 {
		lines = append(lines, m.top().View()...)
	} else {
		blocks := make([][]string, 0, len(ps))
		for _, p := range ps {
			if p.shown {
				blocks = append(blocks, m.panes[p.id].View())
			}
		}
		lines = append(lines, besides(blocks...)...)
	}
	lines = append(lines, m.footer())
	return strings.Join(lines, "\n")
}

// header is the status line: counts on the left (and skipped files), the
// chosen country and the query on the right.
func (m *Model) header() string {
	st := m.st.App
	const name = " dateline"
	stats := " · " + plural(m.store.Len(), "article", "articles") + m.unreadLabel() +
		" · " + plural(len(m.store.Countries()), "country", "countries")
	skipped := ""
	if n := len(m.opts.Skipped); n > 0 {
		skipped = commas(n) + " skipped"
	}
	var right []string
	if m.fetching {
		verb := "fetching "
		if len(m.sources.sources) == 0 && len(m.opts.Folders) > 0 {
			verb = "reading "
		}
		right = append(right, verb+commas(m.fetched)+"/"+commas(m.toFetch))
	}
	if c := m.countries.chosenLabel(); c != "" {
		right = append(right, c)
	}
	if q := m.sourceQuery(); q != "" {
		right = append(right, oneLine(q))
	}
	if q := m.search.queryLabel(); m.main == paneSearch && q != "" {
		right = append(right, q)
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

// footerItems is the short help of the state now, most important first:
// the pane's keys (pairs joined, movement as one entry at the end) with
// c and tab after its first two; and, apart, the keys that always keep
// their place at the right (help and quit).
func (m *Model) footerItems() (items, right []key.Binding) {
	k := m.keys
	pairs := k.pairs()
	joined := map[int]bool{}
	var move bool
	for _, b := range m.top().Bindings() {
		if !b.Enabled() {
			continue
		}
		switch k.group[b] {
		case groupMove:
			move = move || b == &k.Move.Up || b == &k.Move.Down
			continue
		case groupEdit:
			continue
		}
		if i := pairIndex(pairs, b); i >= 0 && pairs[i].a.Enabled() && pairs[i].b.Enabled() {
			if !joined[i] {
				joined[i] = true
				p := pairs[i]
				items = append(items, key.NewBinding(key.WithKeys(append(p.a.Keys(), p.b.Keys()...)...), key.WithHelp(p.key, p.desc)))
			}
			continue
		}
		items = append(items, *b)
	}
	var globals []key.Binding
	for _, b := range []*key.Binding{&k.Global.Countries, &k.Global.NextPane} {
		if b.Enabled() {
			globals = append(globals, *b)
		}
	}
	at := min(2, len(items))
	items = append(items[:at:at], append(globals, items[at:]...)...)
	if move {
		items = append(items, key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "move")))
	}
	for _, b := range []*key.Binding{&k.Global.Help, &k.Global.Quit} {
		if b.Enabled() {
			right = append(right, *b)
		}
	}
	return items, right
}

// footer is the short help: a notice if there is one, the most important
// keys that fit, whole, and help and quit, which always keep their place.
func (m *Model) footer() string {
	items, global := m.footerItems()
	h := m.help
	h.SetWidth(0)
	right := ""
	if len(global) > 0 {
		right = h.ShortHelpView(global)
	}
	sep := m.st.ShortHelp.ShortSeparator.Render(h.ShortSeparator)
	room := m.w - 1 - ansi.StringWidth(right)
	if right != "" {
		room -= ansi.StringWidth(sep)
	}
	lead := ""
	if m.notice != "" {
		lead = m.st.App.Warn.Render(cut(m.notice, max(room, 0)))
		room -= ansi.StringWidth(lead) + ansi.StringWidth(sep)
	}
	left := ""
	for n := len(items); n > 0; n-- {
		v := h.ShortHelpView(items[:n])
		if n < len(items) {
			v += " " + m.st.ShortHelp.Ellipsis.Render(h.Ellipsis)
		}
		if ansi.StringWidth(v) <= room {
			left = v
			break
		}
	}
	parts := make([]string, 0, 3)
	for _, s := range []string{lead, left} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if right != "" && m.w-1 >= ansi.StringWidth(right) {
		parts = append(parts, right)
	}
	return fit(" "+strings.Join(parts, sep), m.w)
}

// sourceQuery is the src: qualifier of the chosen feed, or the in:
// qualifier of the chosen folder, for the search.
func (m *Model) sourceQuery() string {
	switch c := m.sources.chosen; {
	case c.feed != "":
		return "src:" + strconv.Quote(strings.ReplaceAll(c.feed, `"`, " "))
	case c.folder != "":
		return folderQuery(c.folder)
	}
	return ""
}

// toggleSources puts the Sources pane in the countries' place, or the
// countries back, and moves there.
func (m *Model) toggleSources() tea.Cmd {
	if m.left == paneSources {
		m.left = paneCountries
	} else {
		m.left = paneSources
	}
	if m.focus == paneCountries || m.focus == paneSources || m.w < besideWidth || m.focus == m.main {
		m.setFocus(m.left)
	}
	m.resize()
	return nil
}

// refreshTimer is --refresh's next tick; nil without it.
func (m *Model) refreshTimer() tea.Cmd {
	if m.opts.Sources == nil || m.opts.Refresh <= 0 {
		return nil
	}
	return tea.Tick(m.opts.Refresh, func(time.Time) tea.Msg { return refreshTickMsg{} })
}

// startRefresh fetches every feed in the background: its progress comes
// back as fetchProgressMsg, its end as fetchDoneMsg, with the library's
// articles in a new store. The app answers keys throughout.
func (m *Model) startRefresh() tea.Cmd {
	if m.opts.Sources == nil {
		return nil
	}
	if m.fetching {
		m.notice = "Fetching already."
		return nil
	}
	m.fetching, m.fetched, m.toFetch = true, 0, len(m.sources.sources)
	ch := make(chan tea.Msg, 1)
	m.fetchCh = ch
	src, life, roots, marks := m.opts.Sources, m.life, m.opts.Folders, m.opts.Marks
	run := func() tea.Msg {
		go func() {
			progress := func(done, total int) {
				select {
				case ch <- fetchProgressMsg{done, total}:
				default: // the app has not taken the last one yet: the next will do
				}
			}
			r, err := src.Refresh(life, progress)
			msg := fetchDoneMsg{refreshed: r, err: err}
			if err == nil && r != nil {
				msg.store = store.New(r.Articles)
				msg.store.Prepare() // the search index too, here rather than on the first search
				msg.folders = newFolderTree(msg.store, roots, marks)
				if marks != nil {
					msg.marks = newMarkView(msg.store, marks)
				}
			}
			for {
				select {
				case ch <- msg:
					return
				case <-ch: // a progress message nobody will read now
				}
			}
		}()
		return <-ch
	}
	return run
}

// waitFetch waits for the next message of the fetch under way.
func waitFetch(ch chan tea.Msg) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg { return <-ch }
}

// finishRefresh takes what a fetch left: the new store in place of the
// old, with the selection, the country, the source and the search kept.
func (m *Model) finishRefresh(msg fetchDoneMsg) tea.Cmd {
	m.fetching, m.fetchCh = false, nil
	if msg.err != nil {
		m.notice = "Fetching failed: " + oneLine(msg.err.Error())
		return nil
	}
	r := msg.refreshed
	if len(m.opts.Folders) > 0 {
		m.opts.Skipped = r.Skipped
	}
	if msg.marks != nil {
		m.marks = msg.marks
	}
	if m.marks != nil {
		m.marks.folders = msg.folders
	}
	m.sources.reset(msg.folders, r.Sources, msg.store.Len())
	if !m.sources.has(m.sources.chosen) { // the folder or feed chosen is gone: all, rather than nothing
		m.sources.chosen, m.source, m.folder = sourcePick{}, "", ""
	}
	cmd := m.replaceStore(msg.store)
	note := plural(r.New, "new article", "new articles")
	if r.Failed > 0 {
		note += " · " + plural(r.Failed, "feed failed", "feeds failed") + " (ctrl+s shows why)"
	}
	m.notice = note
	return cmd
}

// replaceStore puts a new store under the panes, keeping what the user
// chose and where the selection was.
func (m *Model) replaceStore(s *store.Store) tea.Cmd {
	was, _ := m.mainList().current()
	country, query, searching := m.countries.chosen, m.search.input.Value(), m.main == paneSearch
	m.store = s
	m.storeGen++
	m.countries = newCountriesPane(s, m.keys, m.st)
	m.countries.choose(country)
	m.list = newListPane(s, m.keys, m.st)
	m.list.marks = m.marks
	m.list.setCountry(country)
	m.list.setSource(m.source, m.folder)
	m.search.stop()
	m.search = newSearchPane(m.life, s, m.keys, m.st)
	m.search.marks, m.countries.marks = m.marks, m.marks
	m.search.country = country
	m.search.source = m.sourceQuery()
	m.panes[paneCountries], m.panes[paneList], m.panes[paneSearch] = m.countries, m.list, m.search
	m.sources.total = s.Len()
	var cmd tea.Cmd
	if searching {
		m.search.input.insert(query)
		cmd = m.search.run()
	}
	if was != nil {
		if a, ok := s.ByID(was.ID); ok {
			m.list.selectArticle(a)
			m.search.reselect = a
		}
	}
	m.panes[m.focus].SetFocused(true)
	m.resize()
	return cmd
}

// fullTextMsg carries the full text of a feed's article, or why there is
// none.
type fullTextMsg struct {
	key string
	art *articles.Article
	err error
}

// fullTextWords is where a feed's summary ends and an article begins: an
// article opened with fewer words has its page fetched.
const fullTextWords = 80

// fullText shows the full text of a feed's article that carries only a
// summary: the one fetched before, or its page fetched in the background.
func (m *Model) fullText(a *articles.Article) tea.Cmd {
	src, ok := m.opts.Sources.(FullTexter)
	if !ok || a == nil || a.Words >= fullTextWords || a.URL == "" || !strings.HasPrefix(a.Key, "feed:") {
		return nil
	}
	if full := m.fullTexts[a.Key]; full != nil {
		m.reader.open(full, m.reader.terms)
		return nil
	}
	if m.fullTried[a.Key] {
		return nil
	}
	if m.fullTried == nil {
		m.fullTried, m.fullTexts = map[string]bool{}, map[string]*articles.Article{}
	}
	m.fullTried[a.Key] = true
	m.notice = "Fetching the full article from its page…"
	life := m.life
	return func() tea.Msg {
		full, err := src.FullText(life, a)
		return fullTextMsg{key: a.Key, art: full, err: err}
	}
}

// showFullText puts a fetched full text in the reader, if its article is
// still there, or says why the summary stays; and starts building a store
// that holds it, so that a search finds its words at once.
func (m *Model) showFullText(msg fullTextMsg) tea.Cmd {
	showing := m.reader.showing()
	here := showing != nil && showing.Key == msg.key
	if msg.err != nil {
		if here {
			m.notice = "Only the feed's summary: " + oneLine(msg.err.Error())
		}
		return nil
	}
	m.fullTexts[msg.key] = msg.art
	if here {
		m.reader.open(msg.art, m.reader.terms)
		m.notice = "The full article, from its page."
	}
	return m.buildWithFullTexts()
}

// withFullTextsMsg is a store with the full texts fetched so far in place
// of their summaries, built off the event loop over the store of
// generation gen.
type withFullTextsMsg struct {
	store *store.Store
	gen   int
}

// buildWithFullTexts builds, in a command, the store now with every full
// text fetched in place of its summary.
func (m *Model) buildWithFullTexts() tea.Cmd {
	arts, gen := m.store.All(), m.storeGen
	full := make(map[string]*articles.Article, len(m.fullTexts))
	for k, a := range m.fullTexts {
		full[k] = a
	}
	return func() tea.Msg {
		out := make([]*articles.Article, len(arts))
		for i, a := range arts {
			if f := full[a.Key]; f != nil && a.Key != "" {
				a = f
			}
			out[i] = a
		}
		s := store.New(out)
		s.Prepare() // the search index too, here rather than on the first search
		return withFullTextsMsg{store: s, gen: gen}
	}
}

// takeFullTexts puts the store with the full texts under the panes,
// unless the store it was built over has been replaced since (a refresh,
// another full text): then it is built again over the store now.
func (m *Model) takeFullTexts(msg withFullTextsMsg) tea.Cmd {
	if msg.gen != m.storeGen {
		return m.buildWithFullTexts()
	}
	return m.replaceStore(msg.store)
}
