package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/store"
	"dateline/ui/plain"
)

// listPane is the article list: every article, or those of the chosen
// country, newest first. Its rows are the store's own slices, never copied,
// and only the rows on screen are drawn.
type listPane struct {
	keys  *keyMap
	st    *styles
	store *store.Store
	marks *markView // nil without marks

	dated   bool                // some article has a date: the rows keep a column for it
	country string              // ISO code of the chosen country; "" for all
	source  string              // the chosen feed's folded title; "" for all
	folder  string              // the chosen folder, as in: reads it; "" for all
	items   []*articles.Article // the store's slice for country
	selection
	w, h    int
	focused bool
}

func newListPane(s *store.Store, km *keyMap, st *styles) *listPane {
	p := &listPane{keys: km, st: st, store: s, dated: anyDated(s)}
	p.setCountry("")
	return p
}

// setCountry shows the articles of one country, or all of them for "".
func (p *listPane) setCountry(code string) {
	p.country = code
	p.fill()
}

// setSource shows only the articles of a feed, by its folded title as
// src: reads it, or of a folder, as in: reads it; "" for every source.
func (p *listPane) setSource(folded, folder string) {
	p.source, p.folder = folded, folder
	p.fill()
}

// fill takes the rows from the store: the country's, narrowed to the
// source's.
func (p *listPane) fill() {
	if p.country == "" {
		p.items = p.store.All()
	} else {
		p.items = p.store.ByCountry(p.country)
	}
	if p.source != "" || p.folder != "" {
		var in []*articles.Article
		inFolder := func(*articles.Article) bool { return true }
		if p.folder != "" {
			inFolder = store.FolderFilter(p.folder)
		}
		for _, a := range p.items {
			if sourceMatches(a, p.source) && inFolder(a) {
				in = append(in, a)
			}
		}
		p.items = in
	}
	p.selection = selection{}
	p.clamp(len(p.items), p.visible())
}

// SetSize sets the pane's size, frame included.
func (p *listPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.clamp(len(p.items), p.visible())
}

// SetFocused says whether the pane has focus.
func (p *listPane) SetFocused(f bool) { p.focused = f }

// Typing is false: the list has no query line.
func (p *listPane) Typing() bool { return false }

// SetStyles hands the pane new styles.
func (p *listPane) SetStyles(st *styles) { p.st = st }

// visible is how many articles fit: two lines each inside the frame.
func (p *listPane) visible() int { return max((p.h-2)/rowLines, 1) }

// selected returns the selected article, or nil when the list is empty.
func (p *listPane) selected() *articles.Article {
	if p.sel < 0 || p.sel >= len(p.items) {
		return nil
	}
	return p.items[p.sel]
}

// current is the selected article; a list has no search terms.
func (p *listPane) current() (*articles.Article, *store.Results) { return p.selected(), nil }

// selectArticle selects a if the list shows it, and reports whether it
// does.
func (p *listPane) selectArticle(a *articles.Article) bool {
	if a == nil {
		return false
	}
	for i, b := range p.items {
		if b == a {
			p.moveTo(i, len(p.items), p.visible())
			return true
		}
	}
	return false
}

// step moves the selection by delta and returns the article it lands on;
// ok is false at either end.
func (p *listPane) step(delta int) (*articles.Article, bool) {
	i := p.sel + delta
	if i < 0 || i >= len(p.items) {
		return nil, false
	}
	p.moveTo(i, len(p.items), p.visible())
	return p.items[i], true
}

// Bindings are the keys the list acts on.
func (p *listPane) Bindings() []*key.Binding {
	l := &p.keys.List
	var b []*key.Binding
	if len(p.items) > 0 {
		b = append(b, &l.Open)
	}
	b = append(b, &l.Search)
	if p.country != "" {
		b = append(b, &l.AllCountry)
	}
	if len(p.items) > 1 {
		b = append(b, p.keys.moveBindings()...)
	}
	return b
}

// Update moves the selection, and asks to open the selected article, to
// search or to show every country's articles.
func (p *listPane) Update(msg tea.Msg) (intent, tea.Cmd) {
	l := &p.keys.List
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, l.Open):
			return openArticle{art: p.selected()}, nil
		case key.Matches(msg, l.Search):
			return startSearch{}, nil
		case key.Matches(msg, l.AllCountry):
			return chooseCountry{""}, nil
		}
		p.handleMove(p.keys, msg, len(p.items), p.visible())
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), len(p.items), p.visible())
	case tea.MouseClickMsg:
		// A click selects a row; a click on the selected row opens it.
		if i, ok := p.rowAt(msg.Y); ok {
			if i == p.sel {
				return openArticle{art: p.selected()}, nil
			}
			p.moveTo(i, len(p.items), p.visible())
		}
	}
	return nil, nil
}

// rowAt returns the index of the article drawn at line y of the pane.
func (p *listPane) rowAt(y int) (int, bool) {
	if y < 1 || y >= p.h-1 {
		return 0, false
	}
	i := p.top + (y-1)/rowLines
	return i, i < len(p.items)
}

// View draws the pane.
func (p *listPane) View() []string {
	inner := p.w - 2
	var body []string
	if len(p.items) == 0 {
		body = append(body, " "+p.st.Row.Empty.Render(cut("No articles.", inner-1)))
	}
	for i := p.top; i < len(p.items) && i < p.top+p.visible(); i++ {
		a := p.items[i]
		state := stateOf(i == p.sel, p.focused)
		body = append(body,
			titleRow(p.st, a, inner, p.dated, state, nil, p.marks),
			metaRow(p.st, a, inner, p.dated, state, p.marks))
	}
	info := ""
	if len(p.items) > 0 {
		info = commas(p.sel+1) + "/" + commas(len(p.items))
	}
	return frame(p.st, "Articles · "+commas(len(p.items))+" of "+commas(p.store.Len()), info, body, p.w, p.h, p.focused)
}

// rowLines is the number of lines each article takes in a list.
const rowLines = 2

// dateCol is the width of the date column, which is dropped in narrow panes
// and where no article is dated.
func dateCol(w int, dated bool) int {
	if w >= 40 && dated {
		return 12 // "2025-07-04" and two spaces
	}
	return 0
}

// titleRow draws an article's first line: date and title, with the
// matched runes of the title marked, and an unread article marked before
// its date (unreadGlyph), so that it stands out without colour too.
func titleRow(st *styles, a *articles.Article, w int, dated bool, state rowState, matches []store.Range, mv *markView) string {
	rs := st.Row.Is[state]
	base, dim, title, match := rs.Base, rs.Dim, rs.Title, rs.Match
	var b strings.Builder
	if mv.unreadRow(a) {
		b.WriteString(rs.Marker.Render(unreadGlyph))
	} else {
		b.WriteString(base.Render(" "))
	}
	used := 1
	if dc := dateCol(w, dated); dc > 0 {
		b.WriteString(dim.Render(fit(a.Date.Display(), dc)))
		used += dc
	}
	full := oneLine(a.Title)
	t, keep := cutRunes(full, w-used-1)
	marks := rangeMarks(matches, keep, match)
	if len(matches) > 0 && len(marks) == 0 { // every match is cut off: show the title around the first
		var shown []store.Range
		t, shown = clipAround(full, matches, w-used-1)
		marks = rangeMarks(shown, runeLen(t), match)
	}
	b.WriteString(paint(t, title, marks))
	used += ansi.StringWidth(t)
	if used < w {
		b.WriteString(base.Render(strings.Repeat(" ", w-used)))
	}
	return b.String()
}

// metaRow draws an article's second line: source and country codes, under
// the title; "saved" first when it is saved.
func metaRow(st *styles, a *articles.Article, w int, dated bool, state rowState, mv *markView) string {
	base, dim := st.Row.Is[state].Base, st.Row.Is[state].Dim
	indent := 1 + dateCol(w, dated)
	parts := make([]string, 0, 4)
	if mv.mark(a).Saved {
		parts = append(parts, savedLabel)
	}
	if dateCol(w, dated) == 0 && a.Date.Display() != "" {
		parts = append(parts, a.Date.Display())
	}
	if a.Source != "" {
		parts = append(parts, oneLine(a.Source))
	}
	if codes := plain.Codes(a); codes != "" {
		parts = append(parts, codes)
	}
	if len(parts) == 0 { // nothing else to say: how long it is, not a blank line
		parts = append(parts, strconv.Itoa(max(a.ReadingMinutes, 1))+" min read")
	}
	text := cut(strings.Join(parts, " · "), w-indent-1)
	return base.Render(strings.Repeat(" ", indent)) + dim.Render(text) +
		base.Render(strings.Repeat(" ", max(w-indent-ansi.StringWidth(text), 0)))
}

// anyDated reports whether some article of the store has a date: the
// newest first, so the first has one if any does.
func anyDated(s *store.Store) bool {
	all := s.All()
	return len(all) > 0 && all[0].Date.Display() != ""
}

// wheelDelta is how many rows one turn of the wheel moves.
func wheelDelta(msg tea.MouseWheelMsg) int {
	switch msg.Button {
	case tea.MouseWheelUp:
		return -1
	case tea.MouseWheelDown:
		return 1
	}
	return 0
}
