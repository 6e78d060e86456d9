package ui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles/fold"
	"dateline/store"
)

// countriesPane lists every country with its flag and number of articles,
// All first. Choosing one filters the list and scopes the search; a filter
// line narrows a long list of countries by name or code; typing a letter
// that is not a key of the pane starts it.
type countriesPane struct {
	keys *keyMap
	st   *styles

	all   []store.Country // the store's, most articles first, then by name
	total int             // articles in the store, for All

	filter queryInput
	rows   []int // indexes into all that pass the filter; rowAll for All
	chosen string

	natural int // the width the rows and title ask for, frame included

	selection
	w, h    int
	focused bool
}

// rowAll stands for "All" in countriesPane.rows.
const rowAll = -1

func newCountriesPane(s *store.Store, km *keyMap, st *styles) countriesPane {
	in := newQueryInput(km, st, "filter")
	p := countriesPane{keys: km, st: st, all: s.Countries(), total: s.Len(), filter: in}
	p.natural = p.contentWidth()
	p.applyFilter()
	return p
}

// contentWidth is the width at which no row and no title is cut: the
// longest name, the widest count (All's: no country has more articles than
// there are) and the title as it reads while filtered, in the frame.
func (p countriesPane) contentWidth() int {
	nameW := ansi.StringWidth("All")
	for _, c := range p.all {
		nameW = max(nameW, ansi.StringWidth(oneLine(c.Name)))
	}
	// "•🇧🇾 Belarus  2,000 ": mark, flag and space, name, space, count, space.
	row := 1 + 3 + nameW + 1 + ansi.StringWidth(commas(p.total)) + 1
	n := commas(len(p.all))
	title := ansi.StringWidth(p.title(n, n)) + 3 // frame keeps " title " and one ─
	return max(row, title) + 2
}

// fitWidth is the pane's width beside the list: as wide as its content,
// but never wider than most.
func (p countriesPane) fitWidth(most int) int { return min(p.natural, most) }

// title is the pane's title: the number of countries, and how many of them
// pass the filter while it has text.
func (p countriesPane) title(shown, all string) string {
	if shown == "" {
		return "Countries · " + all
	}
	return "Countries · " + shown + " of " + all
}

// query is the filter's text as it is matched: folded and trimmed.
func (p countriesPane) query() string {
	return strings.TrimSpace(fold.String(p.filter.Value()))
}

// setStyles hands new styles to the pane and its filter line.
func (p *countriesPane) setStyles(st *styles) {
	p.st = st
	p.filter.st = st
}

// typing reports whether the filter line has focus.
func (p countriesPane) typing() bool { return p.filter.Focused() }

// filtering reports whether the filter line shows: it has focus or text.
func (p countriesPane) filtering() bool { return p.typing() || p.filter.Value() != "" }

// applyFilter recomputes the rows after the filter changed.
func (p *countriesPane) applyFilter() {
	q := p.query()
	p.rows = make([]int, 0, len(p.all)+1) // fresh: earlier models share the old one
	if q == "" || strings.Contains("all", q) {
		p.rows = append(p.rows, rowAll)
	}
	for i, c := range p.all {
		if q == "" || strings.Contains(fold.String(c.Name), q) || strings.EqualFold(c.Code, q) {
			p.rows = append(p.rows, i)
		}
	}
	p.selection = selection{}
	p.clamp(len(p.rows), p.visible())
}

// clearFilter empties the filter line and gives up its focus.
func (p *countriesPane) clearFilter() {
	p.filter.Reset()
	p.filter.Blur()
	p.applyFilter()
	p.selectChosen()
}

// choose makes code the chosen country ("" for All). The filter has done
// its work: it is cleared, so All shows again, and the selection rests on
// the choice.
func (p *countriesPane) choose(code string) {
	p.chosen = code
	p.clearFilter()
}

// selectChosen puts the selection on the chosen country.
func (p *countriesPane) selectChosen() {
	for i, r := range p.rows {
		if p.code(r) == p.chosen {
			p.moveTo(i, len(p.rows), p.visible())
			return
		}
	}
}

// code returns the ISO code of a row; "" for All.
func (p countriesPane) code(row int) string {
	if row == rowAll {
		return ""
	}
	return p.all[row].Code
}

// selectedCode returns the code of the selected row and whether there is one.
func (p countriesPane) selectedCode() (string, bool) {
	if p.sel < 0 || p.sel >= len(p.rows) {
		return "", false
	}
	return p.code(p.rows[p.sel]), true
}

// name returns the display name of a code, "All" for "".
func (p countriesPane) name(code string) (flag, name string) {
	if code == "" {
		return "", "All"
	}
	for _, c := range p.all {
		if c.Code == code {
			return c.Flag, c.Name
		}
	}
	return "", code
}

// SetSize sets the pane's size, frame included.
func (p *countriesPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.filter.SetWidth(max(w-6, 1))
	p.clamp(len(p.rows), p.visible())
}

// header is the number of lines above the rows: the filter line, if shown.
func (p countriesPane) header() int {
	if p.filtering() {
		return 1
	}
	return 0
}

func (p countriesPane) visible() int { return max(p.h-2-p.header(), 1) }

// Bindings are the pane's keys for the footer.
func (p countriesPane) Bindings() []key.Binding {
	c := p.keys.Countries
	if p.typing() {
		return []key.Binding{c.Choose, c.Clear}
	}
	return []key.Binding{p.keys.moveHelp(), c.Choose, c.Filter}
}

// Update moves the selection and edits the filter. Choosing a country
// changes other panes, so the root does that.
func (p countriesPane) Update(msg tea.Msg) (countriesPane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), len(p.rows), p.visible())
		return p, nil
	case tea.KeyPressMsg:
		if !p.typing() {
			switch {
			case key.Matches(msg, p.keys.Countries.Filter):
				return p, p.filter.Focus()
			case p.handleMove(p.keys, msg, len(p.rows), p.visible()):
			case startsFilter(msg) && !p.bound(msg):
				// As if / had been pressed: the filter takes the key.
				cmd := p.filter.Focus()
				p.filter, _ = p.filter.Update(msg)
				p.applyFilter()
				return p, cmd
			}
			return p, nil
		}
		switch {
		case key.Matches(msg, p.keys.Countries.Clear):
			p.clearFilter()
			return p, nil
		case key.Matches(msg, p.keys.Countries.Choose):
			p.filter.Blur() // keep the filter; the root chooses the country
			return p, nil
		case key.Matches(msg, p.keys.Move.Up), key.Matches(msg, p.keys.Move.Down):
			if msg.Text == "" { // arrows move; j and k are letters of a name
				p.handleMove(p.keys, msg, len(p.rows), p.visible())
				return p, nil
			}
		}
	}
	if !p.typing() {
		return p, nil
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() != before {
		p.applyFilter()
	}
	return p, cmd
}

// bound reports whether a key means something in the pane while the filter
// line does not have focus: a global key, a movement or one of the pane's.
func (p countriesPane) bound(msg tea.KeyPressMsg) bool {
	g, m, c := p.keys.Global, p.keys.Move, p.keys.Countries
	return key.Matches(msg,
		g.Quit, g.Interrupt, g.Help, g.NextPane, g.PrevPane, g.Back, g.Countries, g.Skipped,
		m.Up, m.Down, m.Top, m.Bottom, m.PageUp, m.PageDown, m.HalfPageUp, m.HalfPageDown,
		c.Choose, c.Filter, c.Clear)
}

// startsFilter reports whether a key types something a filter can start
// with: printable text without ctrl or alt, and not a space.
func startsFilter(msg tea.KeyPressMsg) bool {
	if msg.Text == "" || msg.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModMeta|tea.ModSuper|tea.ModHyper) != 0 {
		return false
	}
	for _, r := range msg.Text {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// rowAt returns the index of the row drawn at line y of the pane.
func (p countriesPane) rowAt(y int) (int, bool) {
	y -= 1 + p.header()
	if y < 0 || y >= p.visible() || 1+p.header()+y >= p.h-1 {
		return 0, false
	}
	i := p.top + y
	return i, i < len(p.rows)
}

// View draws the pane.
func (p countriesPane) View() string {
	return strings.Join(p.lines(), "\n")
}

func (p countriesPane) lines() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	if p.filtering() {
		prompt := p.st.Row.QueryInactive.Render(" / ")
		if p.typing() {
			prompt = p.st.Row.QueryPrompt.Render(" / ")
		}
		body = append(body, prompt+ansi.Truncate(p.filter.View(), max(inner-3, 0), ""))
	}
	if len(p.rows) == 0 {
		body = append(body, " "+p.st.Row.Empty.Render(cut("No such country.", inner-1)))
	}
	for i := p.top; i < len(p.rows) && i < p.top+p.visible(); i++ {
		body = append(body, p.row(p.rows[i], inner, stateOf(i == p.sel, p.focused)))
	}
	shown := ""
	if p.query() != "" {
		n := len(p.rows)
		if n > 0 && p.rows[0] == rowAll { // All is not a country
			n--
		}
		shown = commas(n)
	}
	return frame(p.st, p.title(shown, commas(len(p.all))), "", body, p.w, p.h, p.focused)
}

// row draws one country: a mark if chosen, flag, name and article count.
func (p countriesPane) row(r, w int, state rowState) string {
	rs := p.st.Row.Is[state]
	base, dim, title, marker := rs.Base, rs.Dim, rs.Title, rs.Marker
	flag, name, count := "", "All", p.total
	if r != rowAll {
		c := p.all[r]
		flag, name, count = c.Flag, c.Name, c.Articles
	}
	mark := " "
	if p.code(r) == p.chosen {
		mark = "•"
	}
	num := commas(count)
	if ansi.StringWidth(flag) != 2 { // missing or odd flags keep the names aligned
		flag = "  "
	}
	// "•🇧🇾 Belarus  2,000 ": counts line up on the right.
	room := w - 1 - 3 - 1 - ansi.StringWidth(num) - 1
	var b strings.Builder
	b.WriteString(marker.Render(mark))
	if room >= 4 {
		b.WriteString(base.Render(flag + " "))
	} else {
		room += 3
	}
	n := cut(oneLine(name), max(room, 0))
	b.WriteString(title.Render(n))
	b.WriteString(base.Render(strings.Repeat(" ", max(room-ansi.StringWidth(n), 0)+1)))
	b.WriteString(dim.Render(num))
	b.WriteString(base.Render(" "))
	return fit(b.String(), w)
}
