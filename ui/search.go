package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/store"
)

// searchLimit caps the hits of a first search: enough to browse, and it
// lets the store keep the best k instead of sorting everything. Scrolling
// near the end of capped results asks for more.
const searchLimit = 1000

// searchResultsMsg carries the results of the search numbered seq; more
// says they extend the results shown, whose selection they keep.
type searchResultsMsg struct {
	seq     int
	results *store.Results
	err     error
	more    bool
}

func (searchResultsMsg) owner() paneID { return paneSearch }

// searchPane is the query line and the results under it. Each change of the
// query starts a search as a tea.Cmd and cancels the one before; results
// that arrive out of order are dropped by their sequence number.
type searchPane struct {
	keys     *keyMap
	st       *styles
	store    *store.Store
	searcher *store.Searcher // the pane's own: it narrows the pane's typing
	marks    *markView       // nil without marks
	// life is cancelled when the app quits, and with it every search.
	life context.Context

	input   queryInput
	country string // scope
	dated   bool   // some article has a date (dateCol)
	source  string // the chosen feed's src: qualifier; "" for every source

	seq    int                // number of the latest search started
	cancel context.CancelFunc // cancels the latest search
	query  string             // the query the latest search runs
	limit  int                // the latest search's cap on hits

	results    *store.Results // the newest results that arrived
	resultsSeq int            // their sequence number
	err        error
	// snippets memoises results.Snippet for the rows drawn so far: the
	// store computes a snippet from the whole article each time. A fresh
	// map comes with each results, so copies of the pane never disagree.
	snippets map[int]store.Snippet

	// openWhenDone asks the root to open the first hit as soon as the results
	// of the current query arrive (enter was pressed before they did).
	openWhenDone bool
	// reselect is the article to select again when the results of the same
	// query in a new scope arrive.
	reselect *articles.Article

	selection
	w, h    int
	focused bool
}

func newSearchPane(life context.Context, s *store.Store, km *keyMap, st *styles) *searchPane {
	in := newQueryInput(km, st, "search titles, sources, places, text")
	return &searchPane{keys: km, st: st, store: s, searcher: store.NewSearcher(s), life: life, input: in, dated: anyDated(s)}
}

// SetStyles hands new styles to the pane and its input.
func (p *searchPane) SetStyles(st *styles) {
	p.st = st
	p.input.st = st
}

// Typing reports whether the query line has focus.
func (p *searchPane) Typing() bool { return p.input.Focused() }

// SetFocused says whether the pane has focus; the query line gives up its
// focus with the pane's, keeping its text.
func (p *searchPane) SetFocused(f bool) {
	p.focused = f
	if !f {
		p.input.Blur()
	}
}

// begin opens the search with its query line focused; the first search
// (an empty query: every article in scope) starts at once.
func (p *searchPane) begin() tea.Cmd {
	cmd := p.focusInput()
	if p.results == nil {
		cmd = tea.Batch(cmd, p.run())
	}
	return cmd
}

// queryLabel is the query for the header: "/potash".
func (p *searchPane) queryLabel() string {
	if p.query == "" {
		return ""
	}
	return "/" + oneLine(p.query)
}

// focusInput gives the query line focus.
func (p *searchPane) focusInput() tea.Cmd { return p.input.Focus() }

// current reports whether the results shown are those of the query as typed.
func (p *searchPane) fresh() bool { return p.resultsSeq != 0 && p.resultsSeq == p.seq }

// run starts a search for the query as typed and cancels the one running.
// The returned command does the work off the UI goroutine and touches no
// model state.
func (p *searchPane) run() tea.Cmd {
	p.limit, p.reselect = searchLimit, nil
	return p.start(false)
}

// loadMore runs the search again for more hits when the selection comes
// near the end of results that were capped.
func (p *searchPane) loadMore() tea.Cmd {
	if !p.fresh() || p.results == nil || len(p.results.Hits) >= p.results.Total ||
		p.sel < p.count()-2*p.visible() {
		return nil
	}
	p.limit = len(p.results.Hits) * 4
	return p.start(true)
}

// start runs the search for the query as typed, up to p.limit hits.
func (p *searchPane) start(more bool) tea.Cmd {
	if p.cancel != nil {
		p.cancel()
	}
	p.seq++
	p.query = p.input.Value()
	ctx, cancel := context.WithCancel(p.life)
	p.cancel = cancel
	seq, query, se := p.seq, strings.TrimSpace(p.query+" "+p.source), p.searcher
	opts := store.Options{Country: p.country, Limit: p.limit}
	if p.marks != nil {
		opts.Marks = p.marks.set
	}
	return func() (msg tea.Msg) {
		// A query is user input: should the engine fail on one, say so in
		// the pane rather than take the terminal down.
		defer func() {
			if r := recover(); r != nil {
				msg = searchResultsMsg{seq: seq, err: fmt.Errorf("searching %q: %v", query, r)}
			}
		}()
		res, err := se.Search(ctx, query, opts)
		return searchResultsMsg{seq: seq, results: res, err: err, more: more}
	}
}

// stop cancels the running search and forgets the results: the search is
// closed.
func (p *searchPane) stop() {
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
	p.seq++
	p.input.Reset()
	p.input.Blur()
	p.query = ""
	p.results, p.resultsSeq, p.err, p.snippets = nil, 0, nil, nil
	p.openWhenDone = false
	p.selection = selection{}
}

// setSource narrows the search to a feed's articles (a src: qualifier;
// "" for all); a running search is run again.
func (p *searchPane) setSource(qualifier string, active bool) tea.Cmd {
	p.source = qualifier
	if !active {
		return nil
	}
	was := p.selected()
	cmd := p.run()
	p.reselect = was
	return cmd
}

// setCountry scopes the search; a running search is run again.
func (p *searchPane) setCountry(code string, active bool) tea.Cmd {
	p.country = code
	if !active {
		return nil
	}
	was := p.selected()
	cmd := p.run()
	p.reselect = was
	return cmd
}

// SetSize sets the pane's size, frame included.
func (p *searchPane) SetSize(w, h int) {
	p.w, p.h = w, h
	p.input.SetWidth(max(w-6, 1))
	p.clamp(p.count(), p.visible())
}

// visible is how many hits fit under the query line.
func (p *searchPane) visible() int { return max((p.h-3-p.notes())/rowLines, 1) }

// notes is the number of lines between the query line and the hits.
func (p *searchPane) notes() int {
	if p.input.cutMessage() != "" {
		return 1
	}
	return 0
}

func (p *searchPane) count() int {
	if p.results == nil {
		return 0
	}
	return len(p.results.Hits)
}

// selected returns the selected hit's article, or nil.
func (p *searchPane) selected() *articles.Article {
	if p.sel < 0 || p.sel >= p.count() {
		return nil
	}
	return p.results.Hits[p.sel].Article
}

// current is the selected hit's article and the search's terms.
func (p *searchPane) current() (*articles.Article, *store.Results) {
	return p.selected(), p.results
}

// selectArticle selects a if the results hold it.
func (p *searchPane) selectArticle(a *articles.Article) bool {
	for i := 0; a != nil && i < p.count(); i++ {
		if p.results.Hits[i].Article == a {
			p.moveTo(i, p.count(), p.visible())
			return true
		}
	}
	return false
}

// snippetAt returns hit i's snippet, computing it once.
func (p *searchPane) snippetAt(i int) store.Snippet {
	if sn, ok := p.snippets[i]; ok {
		return sn
	}
	sn := p.results.Snippet(i)
	if p.snippets != nil {
		p.snippets[i] = sn
	}
	return sn
}

// step moves the selection by delta and returns the article it lands on.
func (p *searchPane) step(delta int) (*articles.Article, bool) {
	i := p.sel + delta
	if i < 0 || i >= p.count() {
		return nil, false
	}
	p.moveTo(i, p.count(), p.visible())
	return p.results.Hits[i].Article, true
}

// Bindings are the keys the search acts on: while its query line has
// focus, those that are not text.
func (p *searchPane) Bindings() []*key.Binding {
	s, mv := &p.keys.Search, &p.keys.Move
	b := []*key.Binding{&s.Open, &s.Next, &s.Prev}
	if p.Typing() {
		b = append(b, &s.Clear, &mv.Up, &mv.Down, &mv.PageUp, &mv.PageDown)
		return append(b, p.keys.editBindings()...)
	}
	b = append(b, &s.Edit, &s.Clear)
	return append(b, p.keys.moveBindings()...)
}

// Update edits the query or moves the selection, takes the results of
// searches, and asks to open a hit or to close the search.
func (p *searchPane) Update(msg tea.Msg) (intent, tea.Cmd) {
	s := &p.keys.Search
	switch msg := msg.(type) {
	case searchResultsMsg:
		if msg.seq != p.seq || errors.Is(msg.err, context.Canceled) {
			return nil, nil // stale: a newer search is on its way
		}
		p.results, p.resultsSeq, p.err = msg.results, msg.seq, msg.err
		p.snippets = make(map[int]store.Snippet)
		if !msg.more {
			p.selection = selection{}
			p.selectArticle(p.reselect)
			p.reselect = nil
		}
		p.clamp(p.count(), p.visible())
		if p.openWhenDone && p.fresh() {
			p.openWhenDone = false
			return p.open(), nil
		}
		return nil, nil
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), p.count(), p.visible())
		return nil, p.loadMore()
	case tea.MouseClickMsg:
		if msg.Y == 1 { // the query line
			return nil, p.focusInput()
		}
		if i, ok := p.rowAt(msg.Y); ok {
			if i == p.sel {
				return p.open(), nil
			}
			p.moveTo(i, p.count(), p.visible())
		}
		return nil, p.loadMore()
	case tea.KeyPressMsg:
		n, v := p.count(), p.visible()
		switch {
		case key.Matches(msg, s.Open):
			return p.open(), nil
		case key.Matches(msg, s.Clear):
			return closeSearch{}, nil
		case key.Matches(msg, s.Edit):
			return nil, p.focusInput()
		case key.Matches(msg, s.Next):
			p.moveTo(p.sel+1, n, v)
			return nil, p.loadMore()
		case key.Matches(msg, s.Prev):
			p.moveTo(p.sel-1, n, v)
			return nil, p.loadMore()
		case p.handleMove(p.keys, msg, n, v):
			return nil, p.loadMore()
		}
	}
	if !p.Typing() {
		return nil, nil
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.openWhenDone = false
		return nil, tea.Batch(cmd, p.run())
	}
	return nil, cmd
}

// open asks to read the selected hit with the search terms marked; if the
// results of the query as typed have not arrived yet, it opens the first
// one when they do.
func (p *searchPane) open() intent {
	if !p.fresh() {
		p.openWhenDone = true
		return nil
	}
	if a := p.selected(); a != nil {
		return openArticle{art: a, terms: p.results}
	}
	return nil
}

// rowAt returns the index of the hit drawn at line y of the pane.
func (p *searchPane) rowAt(y int) (int, bool) {
	y -= p.notes()
	if y < 2 || y >= p.h-1 {
		return 0, false
	}
	i := p.top + (y-2)/rowLines
	return i, i < p.count()
}

// View draws the pane.
func (p *searchPane) View() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	prompt := p.st.Row.QueryInactive.Render(" / ")
	if p.Typing() {
		prompt = p.st.Row.QueryPrompt.Render(" / ")
	}
	body = append(body, prompt+ansi.Truncate(p.input.View(), max(inner-3, 0), ""))
	if msg := p.input.cutMessage(); msg != "" {
		body = append(body, " "+p.st.App.Warn.Render(cut(msg, inner-2)))
	}
	switch {
	case p.err != nil && p.fresh():
		msg := "search failed: " + oneLine(p.err.Error())
		var qe *store.QueryError
		if errors.As(p.err, &qe) { // the query's own mistake, said as it is
			msg = oneLine(qe.Error())
		}
		body = append(body, " "+p.st.App.Warn.Render(cut(msg, inner-2)))
	case p.results != nil && len(p.results.Hits) == 0 && p.fresh():
		body = append(body, " "+p.st.Row.Empty.Render(cut("No matches.", inner-2)))
	}
	for i := p.top; i < p.count() && i < p.top+p.visible(); i++ {
		h := p.results.Hits[i]
		state := stateOf(i == p.sel, p.focused)
		body = append(body,
			titleRow(p.st, h.Article, inner, p.dated, state, p.results.Match(oneLine(h.Article.Title)), p.marks),
			p.snippetRow(i, inner, state))
	}
	title := "Search"
	if p.results != nil {
		title += " · " + commas(p.results.Total) + " of " + commas(p.scopeLen())
	}
	info := ""
	switch {
	case !p.fresh() && p.cancel != nil:
		info = "searching…"
	case p.count() > 0:
		info = commas(p.sel+1) + "/" + commas(p.results.Total)
	}
	return frame(p.st, title, info, body, p.w, p.h, p.focused)
}

// scopeLen is the number of articles the search runs over.
func (p *searchPane) scopeLen() int {
	if p.country == "" {
		return p.store.Len()
	}
	return len(p.store.ByCountry(p.country))
}

// snippetRow draws the line under a hit's title: the sentence that matched,
// with its matches marked and in view; the source and countries when the
// match was in the title. A hit that stands for near-identical copies ends
// with how many.
func (p *searchPane) snippetRow(i, w int, state rowState) string {
	row := p.matchRow(i, w, state)
	label := copiesLabel(len(p.results.Hits[i].Copies))
	lw := ansi.StringWidth(label)
	if label == "" || w < 3*lw {
		return row
	}
	rs := p.st.Row.Is[state]
	return ansi.Truncate(row, w-lw-1, "") + rs.Base.Render(" ") + rs.Dim.Render(label)
}

// copiesLabel says how many near-identical copies a hit folds: "+2 copies".
func copiesLabel(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "+1 copy"
	}
	return "+" + commas(n) + " copies"
}

// matchRow is the snippet row without the copies.
func (p *searchPane) matchRow(i, w int, state rowState) string {
	rs := p.st.Row.Is[state]
	base, dim, match := rs.Base, rs.Dim, rs.Match
	a := p.results.Hits[i].Article
	sn := p.snippetAt(i)
	if sn.Field == store.FieldTitle || sn.Text == "" {
		return metaRow(p.st, a, w, p.dated, state, p.marks)
	}
	indent := 1 + dateCol(w, p.dated)
	room := w - indent - 1
	var b strings.Builder
	b.WriteString(base.Render(strings.Repeat(" ", indent)))
	used := indent
	if sn.Field != store.FieldBody {
		label := sn.Field.String() + ": "
		if ansi.StringWidth(label)*3 < room {
			b.WriteString(dim.Render(label))
			room -= ansi.StringWidth(label)
			used += ansi.StringWidth(label)
		}
	}
	text, ranges := clipAround(oneLine(sn.Text), sn.Highlights, room)
	b.WriteString(paint(text, dim, rangeMarks(ranges, runeLen(text), match)))
	used += ansi.StringWidth(text)
	if used < w {
		b.WriteString(base.Render(strings.Repeat(" ", w-used)))
	}
	return b.String()
}
