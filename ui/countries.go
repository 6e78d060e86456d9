package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles/countries"
	"dateline/articles/fold"
	"dateline/store"
)

// countriesPane lists every country with its flag and number of articles,
// All first. Choosing one filters the list and scopes the search. Every
// printable key is text for the filter line, which narrows the countries
// by name or code: the pane's keys are the arrows, page keys, enter and
// esc.
type countriesPane struct {
	keys *keyMap
	st   *styles

	all   []store.Country // the store's, most articles first, then by name
	total int             // articles in the store, for All
	marks *markView       // for the unread counts; nil without marks

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

func newCountriesPane(s *store.Store, km *keyMap, st *styles) *countriesPane {
	in := newQueryInput(km, st, "type to filter")
	p := &countriesPane{keys: km, st: st, all: s.Countries(), total: s.Len(), filter: in}
	p.natural = p.contentWidth()
	p.applyFilter()
	return p
}

// contentWidth is the width at which no row and no title is cut: the
// longest name, the widest count (All's: no country has more articles than
// there are) and the title as it reads while filtered, in the frame.
func (p *countriesPane) contentWidth() int {
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
func (p *countriesPane) fitWidth(most int) int { return min(p.natural, most) }

// title is the pane's title: the number of countries, and how many of them
// pass the filter while it has text.
func (p *countriesPane) title(shown, all string) string {
	if shown == "" {
		return "Countries · " + all
	}
	return "Countries · " + shown + " of " + all
}

// query is the filter's text as it is matched: folded and trimmed.
func (p *countriesPane) query() string {
	return strings.TrimSpace(fold.String(p.filter.Value()))
}

// SetStyles hands new styles to the pane and its filter line.
func (p *countriesPane) SetStyles(st *styles) {
	p.st = st
	p.filter.st = st
}

// Typing is true whenever the pane has focus: every printable key is text
// for the filter, so that a name such as Qatar can be typed.
func (p *countriesPane) Typing() bool { return p.focused }

// SetFocused says whether the pane has focus; the filter line has focus
// with it and keeps its text without.
func (p *countriesPane) SetFocused(f bool) {
	p.focused = f
	if f {
		p.filter.Focus()
	} else {
		p.filter.Blur()
	}
}

// filtering reports whether the filter has text.
func (p *countriesPane) filtering() bool { return p.filter.Value() != "" }

// chosenLabel is the chosen country for the header: flag and name.
func (p *countriesPane) chosenLabel() string {
	if p.chosen == "" {
		return ""
	}
	flag, name := p.name(p.chosen)
	if ansi.StringWidth(flag) == 2 {
		name = flag + " " + name
	}
	return oneLine(name)
}

// applyFilter recomputes the rows after the filter changed.
func (p *countriesPane) applyFilter() {
	q := p.query()
	p.rows = make([]int, 0, len(p.all)+1) // fresh: earlier models share the old one
	if q == "" || strings.Contains("all", q) {
		p.rows = append(p.rows, rowAll)
	}
	// A name people use (uk, usa, holland, ivory coast) or a code puts its
	// country first; then the names that hold the text.
	named := -1
	if c, ok := countries.ByName(q); ok && q != "" {
		for i := range p.all {
			if p.all[i].Code == c.Code {
				named = i
				p.rows = append(p.rows, i)
			}
		}
	}
	for i, c := range p.all {
		if i != named && (q == "" || strings.Contains(fold.String(c.Name), q) || strings.EqualFold(c.Code, q)) {
			p.rows = append(p.rows, i)
		}
	}
	p.selection = selection{}
	p.clamp(len(p.rows), p.visible())
}

// clearFilter empties the filter line.
func (p *countriesPane) clearFilter() {
	p.filter.Reset()
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
func (p *countriesPane) code(row int) string {
	if row == rowAll {
		return ""
	}
	return p.all[row].Code
}

// selectedCode returns the code of the selected row and whether there is one.
func (p *countriesPane) selectedCode() (string, bool) {
	if p.sel < 0 || p.sel >= len(p.rows) {
		return "", false
	}
	return p.code(p.rows[p.sel]), true
}

// name returns the display name of a code, "All" for "".
func (p *countriesPane) name(code string) (flag, name string) {
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

// header is the number of lines above the rows: the filter line, which
// always shows, so that the rows do not move when the pane gains focus.
func (p *countriesPane) header() int { return 1 }

func (p *countriesPane) visible() int { return max(p.h-2-p.header(), 1) }

// Bindings are the keys the pane acts on: none is printable.
func (p *countriesPane) Bindings() []*key.Binding {
	c, mv := &p.keys.Countries, &p.keys.Move
	var b []*key.Binding
	if len(p.rows) > 0 {
		b = append(b, &c.Choose)
	}
	if p.filter.Value() != "" {
		b = append(b, &c.Clear)
	} else {
		b = append(b, &c.Back)
	}
	if len(p.rows) > 1 {
		b = append(b, &mv.Up, &mv.Down, &mv.PageUp, &mv.PageDown)
	}
	return append(b, p.keys.editBindings()...)
}

// Update moves the selection and edits the filter, and asks to choose a
// country or to go back.
func (p *countriesPane) Update(msg tea.Msg) (intent, tea.Cmd) {
	c := &p.keys.Countries
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), len(p.rows), p.visible())
		return nil, nil
	case tea.MouseClickMsg:
		if i, ok := p.rowAt(msg.Y); ok {
			p.moveTo(i, len(p.rows), p.visible())
			if code, ok := p.selectedCode(); ok {
				return chooseCountry{code}, nil
			}
		}
		return nil, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, c.Choose):
			if code, ok := p.selectedCode(); ok {
				return chooseCountry{code}, nil
			}
			return nil, nil
		case key.Matches(msg, c.Clear):
			p.clearFilter()
			return nil, nil
		case key.Matches(msg, c.Back):
			return goBack{}, nil
		case p.handleMove(p.keys, msg, len(p.rows), p.visible()):
			return nil, nil
		}
	}
	before := p.filter.Value()
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	if p.filter.Value() != before {
		p.applyFilter()
	}
	return nil, cmd
}

// rowAt returns the index of the row drawn at line y of the pane.
func (p *countriesPane) rowAt(y int) (int, bool) {
	y -= 1 + p.header()
	if y < 0 || y >= p.visible() || 1+p.header()+y >= p.h-1 {
		return 0, false
	}
	i := p.top + y
	return i, i < len(p.rows)
}

// View draws the pane.
func (p *countriesPane) View() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	prompt := p.st.Row.QueryInactive.Render(" / ")
	if p.focused {
		prompt = p.st.Row.QueryPrompt.Render(" / ")
	}
	body = append(body, prompt+ansi.Truncate(p.filter.View(), max(inner-3, 0), ""))
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
func (p *countriesPane) row(r, w int, state rowState) string {
	rs := p.st.Row.Is[state]
	base, dim, title, marker := rs.Base, rs.Dim, rs.Title, rs.Marker
	flag, name, count := "", "All", p.total
	unread := count
	if p.marks != nil {
		unread = p.marks.unread
	}
	if r != rowAll {
		c := p.all[r]
		flag, name, count = c.Flag, c.Name, c.Articles
		unread = count
		if p.marks != nil {
			unread = p.marks.unreadIn(c.Code)
		}
	}
	mark := " "
	if p.code(r) == p.chosen {
		mark = "•"
	}
	num := commas(count)
	if unread < count { // "2/5": two of five unread
		num = commas(unread) + "/" + num
	}
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
