package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is every key binding of the app. One table (keyMap.rows) lists
// them by help group; before each key is handled and each frame drawn the
// root enables exactly the bindings that act in the current state: the
// global ones by their row's rule, a pane's by what the pane's Bindings
// says. key.Matches ignores a disabled binding and the help does not show
// one, so dispatch and help cannot disagree.
type keyMap struct {
	Global    globalKeys
	Move      moveKeys
	List      listKeys
	Reader    readerKeys
	Search    searchKeys
	Countries countryKeys
	Sources   sourceKeys
	Overlay   overlayKeys
	View      viewKeys
	Edit      editKeys
	Marks     markKeys

	table []keyRow                // rows(), built once
	group map[*key.Binding]string // each binding's help group
}

// globalKeys are carried out by the root, in every pane whose state their
// row allows.
type globalKeys struct {
	Quit      key.Binding
	Interrupt key.Binding
	Suspend   key.Binding
	Help      key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding
	Countries key.Binding
	Skipped   key.Binding
	Map       key.Binding
	Timeline  key.Binding
	Refresh   key.Binding // fetch every feed
	SourcesOr key.Binding // the Sources pane in the countries' place, or back
}

// moveKeys move the selection of a list or scroll the reader and the
// overlays. The arrows and the letters are apart because the countries
// pane takes every letter as text.
type moveKeys struct {
	Up           key.Binding
	Down         key.Binding
	VimUp        key.Binding
	VimDown      key.Binding
	Top          key.Binding
	Bottom       key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	HalfPageUp   key.Binding
	HalfPageDown key.Binding
}

type listKeys struct {
	Open       key.Binding
	Search     key.Binding
	AllCountry key.Binding // esc with a country chosen
}

type readerKeys struct {
	Find        key.Binding
	NextHit     key.Binding
	PrevHit     key.Binding
	PrevArticle key.Binding
	NextArticle key.Binding
	NextCopy    key.Binding // a search hit's near-identical copies, in turn
	PageDown    key.Binding
	PageUp      key.Binding
	Back        key.Binding
	FindAccept  key.Binding // on the find line
	FindCancel  key.Binding
}

// searchKeys act while the search pane has focus; Next, Prev, Open and
// Clear also while its query line has focus.
type searchKeys struct {
	Open  key.Binding
	Next  key.Binding
	Prev  key.Binding
	Clear key.Binding
	Edit  key.Binding
}

// countryKeys act in the countries pane, where every letter is text for
// its filter.
type countryKeys struct {
	Choose key.Binding
	Clear  key.Binding // esc with a filter
	Back   key.Binding // esc without one
}

// sourceKeys act in the Sources pane.
type sourceKeys struct {
	Choose key.Binding
	Back   key.Binding
}

// overlayKeys act on the overlay on top.
type overlayKeys struct {
	Close key.Binding
}

// viewKeys act in the map and the timeline. The map moves in all four
// directions, the timeline left and right.
type viewKeys struct {
	Left        key.Binding
	Right       key.Binding
	Up          key.Binding
	Down        key.Binding
	Filter      key.Binding // the map's filter line
	ClearFilter key.Binding
	Choose      key.Binding
	Together    key.Binding // the countries mentioned with the map's selection
}

// markKeys mark the article the list, the search or the reader is on.
type markKeys struct {
	Read  key.Binding
	Save  key.Binding
	Saved key.Binding
}

// editKeys edit a query line.
type editKeys struct {
	Left          key.Binding
	Right         key.Binding
	WordLeft      key.Binding
	WordRight     key.Binding
	Home          key.Binding
	End           key.Binding
	DeleteBack    key.Binding
	DeleteForward key.Binding
	DeleteWord    key.Binding
	DeleteToStart key.Binding
	DeleteToEnd   key.Binding
}

func defaultKeyMap() *keyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := func(ks ...string) []string { return ks }
	km := &keyMap{
		Global: globalKeys{
			Quit:      b(k("q"), "q", "quit"),
			Interrupt: b(k("ctrl+c"), "ctrl+c", "quit anywhere"),
			Suspend:   b(k("ctrl+z"), "ctrl+z", "suspend"),
			Help:      b(k("?"), "?", "help"),
			NextPane:  b(k("tab"), "tab", "next pane"),
			PrevPane:  b(k("shift+tab"), "shift+tab", "previous pane"),
			Countries: b(k("c"), "c", "countries"),
			Skipped:   b(k("!"), "!", "skipped files"),
			Refresh:   b(k("r"), "r", "fetch feeds"),
			// Not a letter: the countries pane takes letters as text.
			SourcesOr: b(k("ctrl+s"), "ctrl+s", "sources/countries"),
			Map:       b(k("M"), "M", "world map"),
			Timeline:  b(k("T"), "T", "timeline"),
		},
		Move: moveKeys{
			Up:           b(k("up"), "↑", "up"),
			Down:         b(k("down"), "↓", "down"),
			VimUp:        b(k("k"), "k", "up"),
			VimDown:      b(k("j"), "j", "down"),
			Top:          b(k("g", "home"), "g/home", "top"),
			Bottom:       b(k("G", "end"), "G/end", "bottom"),
			PageUp:       b(k("pgup"), "pgup", "page up"),
			PageDown:     b(k("pgdown"), "pgdn", "page down"),
			HalfPageUp:   b(k("ctrl+u"), "ctrl+u", "half page up"),
			HalfPageDown: b(k("ctrl+d"), "ctrl+d", "half page down"),
		},
		List: listKeys{
			Open:       b(k("enter"), "enter", "read"),
			Search:     b(k("/"), "/", "search"),
			AllCountry: b(k("esc"), "esc", "all countries"),
		},
		Reader: readerKeys{
			Find:        b(k("/"), "/", "find in article"),
			NextHit:     b(k("n"), "n", "next hit"),
			PrevHit:     b(k("N"), "N", "previous hit"),
			PrevArticle: b(k("["), "[", "previous article"),
			NextArticle: b(k("]"), "]", "next article"),
			NextCopy:    b(k("o"), "o", "other copy"),
			PageDown:    b(k("space"), "space", "page down"),
			PageUp:      b(k("b"), "b", "page up"),
			Back:        b(k("esc"), "esc", "back"),
			FindAccept:  b(k("enter"), "enter", "keep the hits"),
			FindCancel:  b(k("esc"), "esc", "cancel find"),
		},
		Search: searchKeys{
			Open:  b(k("enter"), "enter", "read"),
			Next:  b(k("ctrl+n"), "ctrl+n", "next result"),
			Prev:  b(k("ctrl+p"), "ctrl+p", "previous result"),
			Clear: b(k("esc"), "esc", "close search"),
			Edit:  b(k("/"), "/", "edit query"),
		},
		Countries: countryKeys{
			Choose: b(k("enter"), "enter", "choose"),
			Clear:  b(k("esc"), "esc", "clear filter"),
			Back:   b(k("esc"), "esc", "back"),
		},
		Sources: sourceKeys{
			Choose: b(k("enter"), "enter", "choose"),
			Back:   b(k("esc"), "esc", "back"),
		},
		Overlay: overlayKeys{
			Close: b(k("esc"), "esc", "close"),
		},
		View: viewKeys{
			Left:        b(k("left", "h"), "←/h", "move left"),
			Right:       b(k("right", "l"), "→/l", "move right"),
			Up:          b(k("up", "k"), "↑/k", "move up"),
			Down:        b(k("down", "j"), "↓/j", "move down"),
			Filter:      b(k("/"), "/", "find a country"),
			ClearFilter: b(k("esc"), "esc", "close the find"),
			Choose:      b(k("enter"), "enter", "narrow the list"),
			Together:    b(k("tab"), "tab", "countries together"),
		},
		Marks: markKeys{
			Read:  b(k("m"), "m", "mark read/unread"),
			Save:  b(k("s"), "s", "save/unsave"),
			Saved: b(k("S"), "S", "saved articles"),
		},
		Edit: editKeys{
			Left:          b(k("left", "ctrl+b"), "←", "cursor left"),
			Right:         b(k("right", "ctrl+f"), "→", "cursor right"),
			WordLeft:      b(k("alt+left", "ctrl+left", "alt+b"), "alt+←", "word left"),
			WordRight:     b(k("alt+right", "ctrl+right", "alt+f"), "alt+→", "word right"),
			Home:          b(k("home", "ctrl+a"), "ctrl+a", "start of line"),
			End:           b(k("end", "ctrl+e"), "ctrl+e", "end of line"),
			DeleteBack:    b(k("backspace", "ctrl+h"), "backspace", "delete back"),
			DeleteForward: b(k("delete", "ctrl+d"), "delete", "delete forward"),
			DeleteWord:    b(k("ctrl+w", "alt+backspace"), "ctrl+w", "delete word"),
			DeleteToStart: b(k("ctrl+u"), "ctrl+u", "delete to start"),
			DeleteToEnd:   b(k("ctrl+k"), "ctrl+k", "delete to end"),
		},
	}
	km.table = km.rows()
	km.group = make(map[*key.Binding]string, len(km.table))
	for _, r := range km.table {
		km.group[r.b] = r.group
	}
	return km
}

// keyState is what the global bindings' rules look at.
type keyState struct {
	typing  bool // the focused pane or the overlay on top takes printable keys as text
	overlay bool // an overlay covers the panes
	view    bool // the overlay on top is the map or the timeline
	focus   paneID
	ring    int  // panes tab moves between
	skipped bool // files were skipped at load
	feeds   bool // the app shows the library's feeds
	marks   bool // the app has marks
	article bool // the focused pane is on an article (marked acts on it)
}

// keyRow is one row of the key table: a binding, the help group it shows
// in and, for a global binding, when it acts and what the root does. A
// pane's bindings have no rule here: the pane enables them (pane.Bindings).
type keyRow struct {
	b     *key.Binding
	group string
	on    func(s keyState) bool
	do    func(m *Model) tea.Cmd
}

// Help groups, in the order the help shows them.
const (
	groupGlobal    = "Global"
	groupMove      = "Move"
	groupList      = "Articles"
	groupReader    = "Reader"
	groupSearch    = "Search"
	groupCountries = "Countries"
	groupSources   = "Sources"
	groupOverlay   = "Overlay"
	groupViews     = "Map and timeline"
	groupMarks     = "Marks"
	groupEdit      = "Query line"
)

// rows is the key table. A new key is a field above and a row here: with
// on and do for a key the root carries out, or without them for a pane's
// key, which the pane then lists in its Bindings and handles in Update.
func (k *keyMap) rows() []keyRow {
	g, mv, l, r, s, c, o, e := &k.Global, &k.Move, &k.List, &k.Reader, &k.Search, &k.Countries, &k.Overlay, &k.Edit
	v, mk := &k.View, &k.Marks
	notTyping := func(s keyState) bool { return !s.typing }
	viewsOn := func(s keyState) bool { return !s.typing && (!s.overlay || s.view) }
	markable := func(s keyState) bool {
		onArticles := s.focus == paneList || s.focus == paneSearch || s.focus == paneReader
		return s.marks && s.article && !s.typing && !s.overlay && onArticles
	}
	return []keyRow{
		{&g.Quit, groupGlobal, notTyping, (*Model).quit},
		{&g.Interrupt, groupGlobal, func(keyState) bool { return true }, (*Model).quit},
		{&g.Suspend, groupGlobal, func(keyState) bool { return true }, func(*Model) tea.Cmd { return tea.Suspend }},
		{&g.Help, groupGlobal, notTyping, (*Model).toggleHelp},
		{&g.Skipped, groupGlobal, func(s keyState) bool { return !s.typing && s.skipped }, (*Model).toggleSkipped},
		{&g.NextPane, groupGlobal, func(s keyState) bool { return !s.overlay && s.ring > 1 }, func(m *Model) tea.Cmd { m.cycle(1); return nil }},
		{&g.PrevPane, groupGlobal, func(s keyState) bool { return !s.overlay && s.ring > 1 }, func(m *Model) tea.Cmd { m.cycle(-1); return nil }},
		{&g.Countries, groupGlobal, func(s keyState) bool { return !s.typing && !s.overlay && s.focus != paneCountries },
			func(m *Model) tea.Cmd { return m.apply(focusCountries{}) }},
		{&g.Refresh, groupGlobal, func(s keyState) bool { return !s.typing && s.feeds }, (*Model).startRefresh},
		{&g.SourcesOr, groupGlobal, func(s keyState) bool { return !s.overlay && s.feeds }, (*Model).toggleSources},
		{&g.Map, groupGlobal, viewsOn, (*Model).toggleMap},
		{&g.Timeline, groupGlobal, viewsOn, (*Model).toggleTimeline},

		{&mk.Read, groupMarks, markable, (*Model).toggleRead},
		{&mk.Save, groupMarks, markable, (*Model).toggleSaved},
		{&mk.Saved, groupMarks, func(s keyState) bool { return s.marks && !s.typing && !s.overlay }, (*Model).showSaved},

		{b: &mv.Up, group: groupMove}, {b: &mv.Down, group: groupMove},
		{b: &mv.VimUp, group: groupMove}, {b: &mv.VimDown, group: groupMove},
		{b: &mv.Top, group: groupMove}, {b: &mv.Bottom, group: groupMove},
		{b: &mv.PageUp, group: groupMove}, {b: &mv.PageDown, group: groupMove},
		{b: &mv.HalfPageUp, group: groupMove}, {b: &mv.HalfPageDown, group: groupMove},

		{b: &l.Open, group: groupList}, {b: &l.Search, group: groupList}, {b: &l.AllCountry, group: groupList},

		{b: &r.Find, group: groupReader}, {b: &r.FindAccept, group: groupReader}, {b: &r.FindCancel, group: groupReader},
		{b: &r.NextHit, group: groupReader}, {b: &r.PrevHit, group: groupReader},
		{b: &r.PrevArticle, group: groupReader}, {b: &r.NextArticle, group: groupReader}, {b: &r.NextCopy, group: groupReader},
		{b: &r.PageDown, group: groupReader}, {b: &r.PageUp, group: groupReader}, {b: &r.Back, group: groupReader},

		{b: &s.Open, group: groupSearch}, {b: &s.Next, group: groupSearch}, {b: &s.Prev, group: groupSearch},
		{b: &s.Edit, group: groupSearch}, {b: &s.Clear, group: groupSearch},

		{b: &c.Choose, group: groupCountries}, {b: &c.Clear, group: groupCountries}, {b: &c.Back, group: groupCountries},
		{b: &k.Sources.Choose, group: groupSources}, {b: &k.Sources.Back, group: groupSources},

		{b: &o.Close, group: groupOverlay},

		{b: &v.Left, group: groupViews}, {b: &v.Right, group: groupViews},
		{b: &v.Up, group: groupViews}, {b: &v.Down, group: groupViews},
		{b: &v.Filter, group: groupViews}, {b: &v.ClearFilter, group: groupViews},
		{b: &v.Choose, group: groupViews}, {b: &v.Together, group: groupViews},

		{b: &e.Left, group: groupEdit}, {b: &e.Right, group: groupEdit},
		{b: &e.WordLeft, group: groupEdit}, {b: &e.WordRight, group: groupEdit},
		{b: &e.Home, group: groupEdit}, {b: &e.End, group: groupEdit},
		{b: &e.DeleteBack, group: groupEdit}, {b: &e.DeleteForward, group: groupEdit},
		{b: &e.DeleteWord, group: groupEdit}, {b: &e.DeleteToStart, group: groupEdit}, {b: &e.DeleteToEnd, group: groupEdit},
	}
}

// moveBindings are the keys that move a list's selection, for the panes
// that have one.
func (k *keyMap) moveBindings() []*key.Binding {
	m := &k.Move
	return []*key.Binding{&m.Up, &m.Down, &m.VimUp, &m.VimDown, &m.Top, &m.Bottom,
		&m.PageUp, &m.PageDown, &m.HalfPageUp, &m.HalfPageDown}
}

// editBindings are the keys of a query line with focus.
func (k *keyMap) editBindings() []*key.Binding {
	e := &k.Edit
	return []*key.Binding{&e.Left, &e.Right, &e.WordLeft, &e.WordRight, &e.Home, &e.End,
		&e.DeleteBack, &e.DeleteForward, &e.DeleteWord, &e.DeleteToStart, &e.DeleteToEnd}
}

// helpGroup is one titled column of the full help.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

// enabledHelp lists the bindings enabled now, by group: the full help of
// the state it is taken in.
func (k *keyMap) enabledHelp() []helpGroup {
	// An arrow and its vim letter share one line: "↑/k up".
	merged := map[*key.Binding]*key.Binding{&k.Move.VimUp: &k.Move.Up, &k.Move.VimDown: &k.Move.Down}
	var out []helpGroup
	for _, r := range k.table {
		if !r.b.Enabled() {
			continue
		}
		b := *r.b
		if arrow, ok := merged[r.b]; ok && arrow.Enabled() {
			continue
		}
		for vim, arrow := range merged {
			if arrow == r.b && vim.Enabled() {
				b = key.NewBinding(key.WithKeys(append(arrow.Keys(), vim.Keys()...)...),
					key.WithHelp(arrow.Help().Key+"/"+vim.Help().Key, arrow.Help().Desc))
			}
		}
		if len(out) == 0 || out[len(out)-1].title != r.group {
			out = append(out, helpGroup{title: r.group})
		}
		g := &out[len(out)-1]
		g.bindings = append(g.bindings, b)
	}
	return out
}

// shortPair is two bindings the footer shows as one entry.
type shortPair struct {
	a, b      *key.Binding
	key, desc string
}

// pairs are the bindings the footer joins: "↑/↓ move", "n/N hits".
func (k *keyMap) pairs() []shortPair {
	return []shortPair{
		{&k.Reader.NextHit, &k.Reader.PrevHit, "n/N", "next/prev hit"},
		{&k.Reader.PrevArticle, &k.Reader.NextArticle, "[/]", "prev/next article"},
		{&k.Search.Next, &k.Search.Prev, "ctrl+n/p", "next/prev result"},
	}
}

// pairIndex is the index of the pair b belongs to, or -1.
func pairIndex(pairs []shortPair, b *key.Binding) int {
	for i, p := range pairs {
		if p.a == b || p.b == b {
			return i
		}
	}
	return -1
}

// KeysHelp is every key of the app, by help group, one "key  what it does"
// line each: for the man page, from the same table that dispatches them.
func KeysHelp() string {
	k := defaultKeyMap()
	var b strings.Builder
	group := ""
	for _, r := range k.table {
		if r.group != group {
			if group != "" {
				b.WriteString("\n")
			}
			group = r.group
			b.WriteString(group + ":\n")
		}
		b.WriteString("  " + r.b.Help().Key + "  " + r.b.Help().Desc + "\n")
	}
	return b.String()
}
