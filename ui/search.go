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

// searchPane is the query line and the results under it. Each change of the
// query starts a search as a tea.Cmd and cancels the one before; results
// that arrive out of order are dropped by their sequence number.
type searchPane struct {
	keys  *keyMap
	st    *styles
	store *store.Store

	input   queryInput
	country string // scope

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

func newSearchPane(s *store.Store, km *keyMap, st *styles) searchPane {
	in := newQueryInput(km, st, "search titles, sources, places, text")
	return searchPane{keys: km, st: st, store: s, input: in}
}

// setStyles hands new styles to the pane and its input.
func (p *searchPane) setStyles(st *styles) {
	p.st = st
	p.input.st = st
}

// typing reports whether the query line has focus.
func (p searchPane) typing() bool { return p.input.Focused() }

// focusInput gives the query line focus.
func (p *searchPane) focusInput() tea.Cmd { return p.input.Focus() }

// blurInput takes focus from the query line; the results keep it.
func (p *searchPane) blurInput() { p.input.Blur() }

// current reports whether the results shown are those of the query as typed.
func (p searchPane) current() bool { return p.resultsSeq != 0 && p.resultsSeq == p.seq }

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
	if !p.current() || p.results == nil || len(p.results.Hits) >= p.results.Total ||
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
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	seq, query, st := p.seq, p.query, p.store
	opts := store.Options{Country: p.country, Limit: p.limit}
	return func() (msg tea.Msg) {
		// A query is user input: should the engine fail on one, say so in
		// the pane rather than take the terminal down.
		defer func() {
			if r := recover(); r != nil {
				msg = searchResultsMsg{seq: seq, err: fmt.Errorf("searching %q: %v", query, r)}
			}
		}()
		res, err := st.Search(ctx, query, opts)
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
func (p searchPane) visible() int { return max((p.h-3)/rowLines, 1) }

func (p searchPane) count() int {
	if p.results == nil {
		return 0
	}
	return len(p.results.Hits)
}

// selected returns the selected hit's article, or nil.
func (p searchPane) selected() *articles.Article {
	if p.sel < 0 || p.sel >= p.count() {
		return nil
	}
	return p.results.Hits[p.sel].Article
}

// snippetAt returns hit i's snippet, computing it once.
func (p searchPane) snippetAt(i int) store.Snippet {
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

// Bindings are the search's keys for the footer.
func (p searchPane) Bindings() []key.Binding {
	s := p.keys.Search
	if p.typing() {
		return []key.Binding{s.Next, s.Open, s.Clear}
	}
	return []key.Binding{p.keys.moveHelp(), s.Open, s.Edit, s.Clear}
}

// Update edits the query or moves the selection, and takes the results of
// searches.
func (p searchPane) Update(msg tea.Msg) (searchPane, tea.Cmd) {
	switch msg := msg.(type) {
	case searchResultsMsg:
		if msg.seq != p.seq || errors.Is(msg.err, context.Canceled) {
			return p, nil // stale: a newer search is on its way
		}
		p.results, p.resultsSeq, p.err = msg.results, msg.seq, msg.err
		p.snippets = make(map[int]store.Snippet)
		if !msg.more {
			p.selection = selection{}
			for i := 0; p.reselect != nil && i < p.count(); i++ {
				if p.results.Hits[i].Article == p.reselect {
					p.moveTo(i, p.count(), p.visible())
				}
			}
			p.reselect = nil
		}
		p.clamp(p.count(), p.visible())
		return p, nil
	case tea.MouseWheelMsg:
		p.scroll(wheelDelta(msg), p.count(), p.visible())
		return p, p.loadMore()
	case tea.KeyPressMsg:
		if !p.typing() {
			p.handleMove(p.keys, msg, p.count(), p.visible())
			return p, p.loadMore()
		}
		if p.moveWhileTyping(msg) {
			return p, p.loadMore()
		}
	}
	if !p.typing() {
		return p, nil
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.openWhenDone = false
		return p, tea.Batch(cmd, p.run())
	}
	return p, cmd
}

// moveWhileTyping moves the selection by the keys that do so while the
// query line has focus: they are not text.
func (p *searchPane) moveWhileTyping(msg tea.KeyPressMsg) bool {
	n, v := p.count(), p.visible()
	switch {
	case key.Matches(msg, p.keys.Search.Next):
		p.moveTo(p.sel+1, n, v)
	case key.Matches(msg, p.keys.Search.Prev):
		p.moveTo(p.sel-1, n, v)
	case key.Matches(msg, p.keys.Move.PageUp):
		p.moveTo(p.sel-v, n, v)
	case key.Matches(msg, p.keys.Move.PageDown):
		p.moveTo(p.sel+v, n, v)
	default:
		return false
	}
	return true
}

// rowAt returns the index of the hit drawn at line y of the pane.
func (p searchPane) rowAt(y int) (int, bool) {
	if y < 2 || y >= p.h-1 {
		return 0, false
	}
	i := p.top + (y-2)/rowLines
	return i, i < p.count()
}

// View draws the pane.
func (p searchPane) View() string {
	return strings.Join(p.lines(), "\n")
}

func (p searchPane) lines() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	prompt := p.st.Row.QueryInactive.Render(" / ")
	if p.typing() {
		prompt = p.st.Row.QueryPrompt.Render(" / ")
	}
	body = append(body, prompt+ansi.Truncate(p.input.View(), max(inner-3, 0), ""))
	switch {
	case p.err != nil && p.current():
		body = append(body, " "+p.st.App.Warn.Render(cut("search failed: "+oneLine(p.err.Error()), inner-2)))
	case p.results != nil && len(p.results.Hits) == 0 && p.current():
		body = append(body, " "+p.st.Row.Empty.Render(cut("No matches.", inner-2)))
	}
	for i := p.top; i < p.count() && i < p.top+p.visible(); i++ {
		h := p.results.Hits[i]
		state := stateOf(i == p.sel, p.focused)
		body = append(body,
			titleRow(p.st, h.Article, inner, state, p.results.Match(oneLine(h.Article.Title))),
			p.snippetRow(i, inner, state))
	}
	title := "Search"
	if p.results != nil {
		title += " · " + commas(p.results.Total) + " of " + commas(p.scopeLen())
	}
	info := ""
	switch {
	case !p.current() && p.cancel != nil:
		info = "searching…"
	case p.count() > 0:
		info = commas(p.sel+1) + "/" + commas(p.results.Total)
	}
	return frame(p.st, title, info, body, p.w, p.h, p.focused)
}

// scopeLen is the number of articles the search runs over.
func (p searchPane) scopeLen() int {
	if p.country == "" {
		return p.store.Len()
	}
	return len(p.store.ByCountry(p.country))
}

// snippetRow draws the line under a hit's title: the sentence that matched,
// with its matches marked and in view; the source and countries when the
// match was in the title.
func (p searchPane) snippetRow(i, w int, state rowState) string {
	rs := p.st.Row.Is[state]
	base, dim, match := rs.Base, rs.Dim, rs.Match
	a := p.results.Hits[i].Article
	sn := p.snippetAt(i)
	if sn.Field == store.FieldTitle || sn.Text == "" {
		return metaRow(p.st, a, w, state)
	}
	indent := 1 + dateCol(w)
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
