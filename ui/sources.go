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

// Sources is what r refreshes: the library's subscriptions (the feeds
// with their counts and errors, and a fetch of every one), or the folders
// of a run over folders, read again.
type Sources interface {
	// List returns every feed with its counts and last error; none for
	// folders.
	List(ctx context.Context) ([]Source, error)
	// Refresh fetches every feed, or reads the folders again, calling
	// progress as it goes, and returns what there is afterwards.
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

// Refreshed is what a fetch of every feed left in the library, or what a
// new read of the folders found.
type Refreshed struct {
	Articles []*articles.Article // every article the library holds, or the folders
	Sources  []Source
	Skipped  []Skipped // files of the folders that could not be read
	New      int       // articles new to the library or the folders
	Failed   int       // feeds whose fetch failed
}

// fetchProgressMsg says how far a fetch of every feed has got.
type fetchProgressMsg struct{ done, total int }

// fetchDoneMsg carries what a fetch left: the library's articles, already
// in a store built off the event loop, and the folders' counts over it.
type fetchDoneMsg struct {
	refreshed *Refreshed
	store     *store.Store
	folders   *folderTree
	marks     *markView // the unread counts over the new store; nil without marks
	err       error
}

// refreshTickMsg is --refresh's timer going off.
type refreshTickMsg struct{}

// staleMsg says that the folders changed since the snapshot the app
// opened on (Options.Stale).
type staleMsg struct{}

// sourcePick is what a row of the Sources pane narrows to: a folder (its
// path as the articles' paths spell it), a feed (its title), or neither
// for All.
type sourcePick struct {
	folder string
	feed   string
}

// sourcesPane lists, after All, every folder of a run over folders (each
// folder given with the folders below it that hold articles, as a tree)
// and every feed of the library, each with its counts; a feed with its
// last error. Choosing one narrows the list as a country does.
type sourcesPane struct {
	keys    *keyMap
	st      *styles
	folders *folderTree
	sources []Source
	total   int // articles in the store, for All
	chosen  sourcePick
	selection
	w, h    int
	focused bool
}

func newSourcesPane(km *keyMap, st *styles, total int) *sourcesPane {
	return &sourcesPane{keys: km, st: st, total: total, folders: &folderTree{}}
}

// set replaces the feeds shown, keeping the selection on the same one.
func (p *sourcesPane) set(sources []Source, total int) {
	p.reset(p.folders, sources, total)
}

// setFolders replaces the folders shown, keeping the selection on the
// same one.
func (p *sourcesPane) setFolders(t *folderTree, total int) {
	p.reset(t, p.sources, total)
}

func (p *sourcesPane) reset(t *folderTree, sources []Source, total int) {
	was := p.pickOf(p.sel)
	p.folders, p.sources, p.total = t, sources, total
	p.selection = selection{}
	for i := range p.rows() {
		if p.pickOf(i) == was {
			p.sel = i
		}
	}
	p.clamp(p.rows(), p.visible())
}

// rows counts All, the folders and the feeds.
func (p *sourcesPane) rows() int { return 1 + len(p.folders.rows) + len(p.sources) }

// pickOf is what a row narrows to; the zero pick for All.
func (p *sourcesPane) pickOf(row int) sourcePick {
	nf := len(p.folders.rows)
	switch {
	case row <= 0 || row >= p.rows():
		return sourcePick{}
	case row <= nf:
		return sourcePick{folder: p.folders.rows[row-1].dir}
	}
	return sourcePick{feed: p.sources[row-1-nf].Title}
}

func (p *sourcesPane) selectedPick() sourcePick { return p.pickOf(p.sel) }

// has reports whether a row narrows to pick; All always does.
func (p *sourcesPane) has(pick sourcePick) bool {
	for i := range p.rows() {
		if p.pickOf(i) == pick {
			return true
		}
	}
	return false
}

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

// sourceRowLines is the lines of one source: its name and counts, and
// under them a feed's URL or its error, or a folder's path.
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
				return chooseSource{p.selectedPick()}, nil
			}
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, s.Choose):
			return chooseSource{p.selectedPick()}, nil
		case key.Matches(msg, s.Back):
			return goBack{}, nil
		default:
			p.handleMove(p.keys, msg, p.rows(), p.visible())
		}
	}
	return nil, nil
}

// row is what one row draws: its name (indented for a folder below
// another), its counts, and the line under it.
func (p *sourcesPane) row(i int) (name, count, sub string, failing bool) {
	nf := len(p.folders.rows)
	switch {
	case i == 0:
		return "All", commas(p.total), "", false
	case i <= nf:
		f := p.folders.rows[i-1]
		return strings.Repeat("  ", f.depth) + oneLine(f.name), commas(f.unread) + "/" + commas(f.articles), oneLine(f.dir), false
	}
	s := p.sources[i-1-nf]
	name = s.Title
	if name == "" {
		name = s.URL
	}
	if s.Error != "" {
		return oneLine(name), commas(s.Unread) + "/" + commas(s.Articles), "! " + oneLine(s.Error), true
	}
	return oneLine(name), commas(s.Unread) + "/" + commas(s.Articles), oneLine(s.URL), false
}

// View draws the pane: each folder and feed on a line with its unread and
// article counts, and its path, URL or last error under it.
func (p *sourcesPane) View() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	if len(p.sources) == 0 && len(p.folders.rows) == 0 {
		body = append(body, " "+p.st.Row.Empty.Render(cut("No feeds: dateline feeds add URL", inner-1)))
	}
	for i := p.top; i < p.rows() && i < p.top+p.visible(); i++ {
		state := stateOf(i == p.sel, p.focused)
		rs := p.st.Row.Is[state]
		name, count, sub, failing := p.row(i)
		mark := " "
		if p.pickOf(i) == p.chosen {
			mark = "•"
		}
		room := max(inner-2-len(count)-1, 1)
		n := cut(name, room)
		line := rs.Marker.Render(mark) + rs.Title.Render(n) +
			rs.Base.Render(strings.Repeat(" ", max(room-ansi.StringWidth(n), 0)+1)) + rs.Dim.Render(count) + rs.Base.Render(" ")
		body = append(body, fit(line, inner))
		second := rs.Dim.Render(" " + cut(sub, max(inner-2, 0)))
		if failing {
			second = p.st.App.Warn.Render(" " + cut(sub, max(inner-2, 0)))
		}
		body = append(body, fit(second, inner))
	}
	return frame(p.st, p.title(), "", body, p.w, p.h, p.focused)
}

// title counts the feeds (and the folders, when there are any) and the
// failing feeds.
func (p *sourcesPane) title() string {
	title := "Sources"
	if nf := len(p.folders.rows); nf > 0 {
		title += " · " + plural(nf, "folder", "folders")
		if len(p.sources) > 0 {
			title += " · " + plural(len(p.sources), "feed", "feeds")
		}
	} else {
		title += " · " + commas(len(p.sources))
	}
	if n := p.failing(); n > 0 {
		title += " · " + commas(n) + " failing"
	}
	return title
}

// sourceMatches reports whether an article's source is the one chosen, as
// the query's src: reads it: the folded text inside the folded source.
func sourceMatches(a *articles.Article, folded string) bool {
	return folded == "" || strings.Contains(fold.String(a.Source), folded)
}
