package ui

import "charm.land/bubbles/v2/key"

// keyMap is every key binding of the app, grouped as the help shows them.
// The same bindings dispatch the keys and generate the help, so the two
// cannot disagree.
type keyMap struct {
	Global    globalKeys
	Move      moveKeys
	List      listKeys
	Reader    readerKeys
	Search    searchKeys
	Countries countryKeys
	Edit      editKeys
}

// globalKeys work in every pane, except that while a query line has focus
// only Interrupt does: every printable key goes to the query.
type globalKeys struct {
	Quit      key.Binding
	Interrupt key.Binding
	Help      key.Binding
	NextPane  key.Binding
	PrevPane  key.Binding
	Back      key.Binding
	Countries key.Binding
	Skipped   key.Binding
}

// moveKeys move the selection of a list or scroll the reader and the help.
type moveKeys struct {
	Up           key.Binding
	Down         key.Binding
	Top          key.Binding
	Bottom       key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	HalfPageUp   key.Binding
	HalfPageDown key.Binding
}

type listKeys struct {
	Open   key.Binding
	Search key.Binding
}

type readerKeys struct {
	Find        key.Binding
	NextHit     key.Binding
	PrevHit     key.Binding
	PrevArticle key.Binding
	NextArticle key.Binding
	PageDown    key.Binding
	PageUp      key.Binding
	FindAccept  key.Binding // on the find line
	FindCancel  key.Binding
}

// searchKeys act while the search pane has focus; Open, Next, Prev and
// Clear also work while its query line has focus.
type searchKeys struct {
	Open  key.Binding
	Next  key.Binding
	Prev  key.Binding
	Clear key.Binding
	Edit  key.Binding
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

type countryKeys struct {
	Choose key.Binding
	Filter key.Binding
	Clear  key.Binding
}

func defaultKeyMap() *keyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := func(ks ...string) []string { return ks }
	return &keyMap{
		Global: globalKeys{
			Quit:      b(k("q"), "q", "quit"),
			Interrupt: b(k("ctrl+c"), "ctrl+c", "quit anywhere"),
			Help:      b(k("?"), "?", "help"),
			NextPane:  b(k("tab"), "tab", "next pane"),
			PrevPane:  b(k("shift+tab"), "shift+tab", "previous pane"),
			Back:      b(k("esc"), "esc", "back"),
			Countries: b(k("c"), "c", "countries"),
			Skipped:   b(k("!"), "!", "skipped files"),
		},
		Move: moveKeys{
			Up:           b(k("up", "k"), "↑/k", "up"),
			Down:         b(k("down", "j"), "↓/j", "down"),
			Top:          b(k("g", "home"), "g/home", "top"),
			Bottom:       b(k("G", "end"), "G/end", "bottom"),
			PageUp:       b(k("pgup"), "pgup", "page up"),
			PageDown:     b(k("pgdown"), "pgdn", "page down"),
			HalfPageUp:   b(k("ctrl+u"), "ctrl+u", "half page up"),
			HalfPageDown: b(k("ctrl+d"), "ctrl+d", "half page down"),
		},
		List: listKeys{
			Open:   b(k("enter"), "enter", "read"),
			Search: b(k("/"), "/", "search"),
		},
		Reader: readerKeys{
			Find:        b(k("/"), "/", "find in article"),
			NextHit:     b(k("n"), "n", "next hit"),
			PrevHit:     b(k("N"), "N", "previous hit"),
			PrevArticle: b(k("["), "[", "previous article"),
			NextArticle: b(k("]"), "]", "next article"),
			PageDown:    b(k("space"), "space", "page down"),
			PageUp:      b(k("b"), "b", "page up"),
			FindAccept:  b(k("enter"), "enter", "keep the hits"),
			FindCancel:  b(k("esc"), "esc", "cancel find"),
		},
		Search: searchKeys{
			Open:  b(k("enter"), "enter", "read"),
			Next:  b(k("down", "ctrl+n"), "↓/ctrl+n", "next result"),
			Prev:  b(k("up", "ctrl+p"), "↑/ctrl+p", "previous result"),
			Clear: b(k("esc"), "esc", "clear search"),
			Edit:  b(k("/"), "/", "edit query"),
		},
		Countries: countryKeys{
			Choose: b(k("enter"), "enter", "choose"),
			Filter: b(k("/"), "/", "filter countries"),
			Clear:  b(k("esc"), "esc", "clear filter"),
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
}

// moveHelp is the one short-help entry that stands for Up and Down.
func (k *keyMap) moveHelp() key.Binding {
	keys := append(append([]string{}, k.Move.Up.Keys()...), k.Move.Down.Keys()...)
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp("↑/↓", "move"))
}

// helpGroup is one titled column of the full help.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

// fullHelp lists every binding, by group.
func (k *keyMap) fullHelp() []helpGroup {
	g, m, l, r, s, c, e := k.Global, k.Move, k.List, k.Reader, k.Search, k.Countries, k.Edit
	return []helpGroup{
		{"Global", []key.Binding{g.Quit, g.Interrupt, g.Help, g.NextPane, g.PrevPane, g.Back, g.Countries, g.Skipped}},
		{"Move", []key.Binding{m.Up, m.Down, m.Top, m.Bottom, m.PageUp, m.PageDown, m.HalfPageUp, m.HalfPageDown}},
		{"Articles", []key.Binding{l.Open, l.Search}},
		{"Reader", []key.Binding{r.Find, r.FindAccept, r.FindCancel, r.NextHit, r.PrevHit, r.PrevArticle, r.NextArticle, r.PageDown, r.PageUp}},
		{"Search", []key.Binding{s.Open, s.Next, s.Prev, s.Edit, s.Clear}},
		{"Countries", []key.Binding{c.Choose, c.Filter, c.Clear}},
		{"Query line", []key.Binding{e.Left, e.Right, e.WordLeft, e.WordRight, e.Home, e.End,
			e.DeleteBack, e.DeleteForward, e.DeleteWord, e.DeleteToStart, e.DeleteToEnd}},
	}
}

// shortGlobal is what the footer adds after the focused pane's bindings.
func (k *keyMap) shortGlobal() []key.Binding {
	return []key.Binding{k.Global.NextPane, k.Global.Help, k.Global.Quit}
}
