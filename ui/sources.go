package ui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/articles/fold"
	"dateline/store"
)

// Sources is what the app needs of the library's subscriptions: the feeds
// with their counts and errors, and a fetch of every one.
type Sources interface {
	// List returns every feed with its counts and last error.
	List(ctx context.Context) ([]Source, error)
	// Refresh fetches every feed, calling progress after each, and returns
	// what the library holds afterwards.
	Refresh(ctx context.Context, progress func(done, total int)) (*Refreshed, error)
}

// FullTexter is Sources that can fetch the full text of a feed's article
// that carries only a summary.
type FullTexter interface {
	// FullText fetches the page of a, keeps its text, and returns a with
	// it; the error says why not.
	FullText(ctx context.Context, a *articles.Article) (*articles.Article, error)
}

// Source is one feed, as the Sources pane shows it.
type Source struct {
	Name     string // the short name its articles' IDs begin with
	Title    string // what its articles' source is
	URL      string
	Articles int
	Unread   int
	Error    string // the last fetch's error; "" when it worked
}

// Refreshed is what a fetch of every feed left in the library.
type Refreshed struct {
	Articles []*articles.Article // every article the library holds
	Sources  []Source
	New      int // articles new to the library
	Failed   int // feeds whose fetch failed
}

// fetchProgressMsg says how far a fetch of every feed has got.
type fetchProgressMsg struct{ done, total int }

// fetchDoneMsg carries what a fetch left: the library's articles, already
// in a store built off the event loop.
type fetchDoneMsg struct {
	refreshed *Refreshed
	store     *store.Store
	err       error
}

// refreshTickMsg is --refresh's timer going off.
type refreshTickMsg struct{}

// sourcesPane lists every feed with its counts and its last error, All
// first. Choosing one narrows the list as a country does.
type sourcesPane struct {
	keys    *keyMap
	st      *styles
	sources []Source
	total   int // articles in the store, for All
	chosen  string
	selection
	w, h    int
	focused bool
}

func newSourcesPane(km *keyMap, st *styles, total int) *sourcesPane {
	return &sourcesPane{keys: km, st: st, total: total}
}

// set replaces the feeds shown, keeping the selection on the same one.
func (p *sourcesPane) set(sources []Source, total int) {
	was := p.selectedTitle()
	p.sources, p.total = sources, total
	p.selection = selection{}
	for i := range p.rows() {
		if p.titleOf(i) == was {
			p.sel = i
		}
	}
	p.clamp(p.rows(), p.visible())
}

// rows counts All and the feeds.
func (p *sourcesPane) rows() int { return 1 + len(p.sources) }

// titleOf is the source a row narrows to; "" for All.
func (p *sourcesPane) titleOf(row int) string {
	if row <= 0 || row > len(p.sources) {
		return ""
	}
	return p.sources[row-1].Title
}

func (p *sourcesPane) selectedTitle() string { return p.titleOf(p.sel) }

// failing counts the feeds whose last fetch failed.
func (p *sourcesPane) failing() int {
	n := 0
	for _, s := range p.sources {
		if s.Error != "" {
			n++
		}
	}
	return n
}

// SetSize sets the pane's size, frame included.
func (p *sourcesPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.clamp(p.rows(), p.visible())
}

// sourceRowLines is the lines of one feed: its name and counts, and its error
// under them when it has one.
const sourceRowLines = 2

func (p *sourcesPane) visible() int { return max((p.h-2)/sourceRowLines, 1) }

// SetFocused says whether the pane has focus.
func (p *sourcesPane) SetFocused(f bool) { p.focused = f }

// Typing is false: the pane has no query line.
func (p *sourcesPane) Typing() bool { return false }

// SetStyles hands the pane new styles.
func (p *sourcesPane) SetStyles(st *styles) { p.st = st }

// Bindings are the keys the pane acts on.
func (p *sourcesPane) Bindings() []*key.Binding {
	s := &p.keys.Sources
	b := []*key.Binding{&s.Choose, &s.Back}
	if p.rows() > 1 {
		b = append(b, p.keys.moveBindings()...)
	}
	return b
}

// Update moves the selection and asks to narrow to a source or go back.
func (p *sourcesPane) Update(msg tea.Msg) (intent, tea.Cmd) {
	s := &p.keys.Sources
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), p.rows(), p.visible())
	case tea.MouseClickMsg:
		if y := msg.Y - 1; y >= 0 && y/sourceRowLines < p.visible() {
			if i := p.top + y/sourceRowLines; i < p.rows() {
				p.moveTo(i, p.rows(), p.visible())
				return chooseSource{p.selectedTitle()}, nil
			}
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, s.Choose):
			return chooseSource{p.selectedTitle()}, nil
		case key.Matches(msg, s.Back):
			return goBack{}, nil
		default:
			p.handleMove(p.keys, msg, p.rows(), p.visible())
		}
	}
	return nil, nil
}

// View draws the pane: each feed on a line with its unread and article
// counts, and its last error under it.
func (p *sourcesPane) View() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	if len(p.sources) == 0 {
		body = append(body, " "+p.st.Row.Empty.Render(cut("No feeds: dateline feeds add URL", inner-1)))
	}
	for i := p.top; i < p.rows() && i < p.top+p.visible(); i++ {
		state := stateOf(i == p.sel, p.focused)
		rs := p.st.Row.Is[state]
		name, count, sub := "All", commas(p.total), ""
		if i > 0 {
			s := p.sources[i-1]
			name = s.Title
			if name == "" {
				name = s.URL
			}
			count = commas(s.Unread) + "/" + commas(s.Articles)
			sub = s.URL
			if s.Error != "" {
				sub = "! " + s.Error
			}
		}
		mark := " "
		if p.titleOf(i) == p.chosen && (i > 0 || p.chosen == "") {
			mark = "•"
		}
		room := max(inner-2-len(count)-1, 1)
		n := cut(oneLine(name), room)
		line := rs.Marker.Render(mark) + rs.Title.Render(n) +
			rs.Base.Render(strings.Repeat(" ", max(room-ansi.StringWidth(n), 0)+1)) + rs.Dim.Render(count) + rs.Base.Render(" ")
		body = append(body, fit(line, inner))
		second := rs.Dim.Render(" " + cut(oneLine(sub), max(inner-2, 0)))
		if strings.HasPrefix(sub, "! ") {
			second = p.st.App.Warn.Render(" " + cut(oneLine(sub), max(inner-2, 0)))
		}
		body = append(body, fit(second, inner))
	}
	title := "Sources · " + commas(len(p.sources))
	if n := p.failing(); n > 0 {
		title += " · " + commas(n) + " failing"
	}
	return frame(p.st, title, "", body, p.w, p.h, p.focused)
}

// sourceMatches reports whether an article's source is the one chosen, as
// the query's src: reads it: the folded text inside the folded source.
func sourceMatches(a *articles.Article, folded string) bool {
	return folded == "" || strings.Contains(fold.String(a.Source), folded)
}
