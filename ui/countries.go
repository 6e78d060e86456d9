package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles/fold"
	"dateline/store"
)

// countriesPane lists every country with its flag and number of articles,
// All first. Choosing one filters the list and scopes the search; a filter
// line narrows a long list of countries by name or code.
type countriesPane struct {
	keys *keyMap
	st   *styles

	all   []store.Country // the store's, most articles first, then by name
	total int             // articles in the store, for All

	filter queryInput
	rows   []int // indexes into all that pass the filter; rowAll for All
	chosen string

	selection
	w, h    int
	focused bool
}

// rowAll stands for "All" in countriesPane.rows.
const rowAll = -1

func newCountriesPane(s *store.Store, km *keyMap, st *styles) countriesPane {
	in := newQueryInput(km, st, "filter")
	p := countriesPane{keys: km, st: st, all: s.Countries(), total: s.Len(), filter: in}
	p.applyFilter()
	return p
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
	q := strings.TrimSpace(fold.String(p.filter.Value()))
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
	return frame(p.st, "Countries · "+commas(len(p.all)), "", body, p.w, p.h, p.focused)
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
	num := strconv.Itoa(count)
	if ansi.StringWidth(flag) != 2 { // missing or odd flags keep the names aligned
		flag = "  "
	}
	// "•🇧🇾 Belarus      5 "
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
