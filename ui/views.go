package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/articles/countries"
	"dateline/articles/fold"
	"dateline/store"
	"dateline/ui/timeline"
	"dateline/ui/worldmap"
)

// The views over the current scope: the world map (M) and the timeline
// (T), overlays on the stack. Their figures come from the store's
// CountScope in a command, cancelled when a newer one starts, so that
// drawing costs the same at five articles and at a hundred thousand.

// scope is the set of articles the main list shows: a country's, or a
// search's. Resolving a search's runs it again without a cap, so it is
// done in the command.
type scope struct {
	arts    []*articles.Article // the list's articles; nil for a search
	query   string              // the search's query
	country string              // the chosen country ("" for all)
}

// scope returns the main list's scope.
func (m *Model) scope() scope {
	if m.main == paneSearch {
		q, c := m.search.scope()
		return scope{query: q, country: c}
	}
	return scope{arts: m.list.items, country: m.list.country}
}

// scope is the query and the country the search runs over.
func (p *searchPane) scope() (query, country string) { return p.query, p.country }

// resolve returns the scope's articles.
func (s scope) resolve(ctx context.Context, st *store.Store) ([]*articles.Article, error) {
	if s.arts != nil || s.query == "" && s.country == "" {
		if s.arts == nil {
			return st.All(), nil
		}
		return s.arts, nil
	}
	if strings.TrimSpace(s.query) == "" {
		return st.ByCountry(s.country), nil
	}
	res, err := st.Search(ctx, s.query, store.Options{Country: s.country})
	if err != nil {
		return nil, err
	}
	out := make([]*articles.Article, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.Article
	}
	return out, nil
}

// viewCountsMsg carries a scope's counts to the overlay that asked.
type viewCountsMsg struct {
	to     pane
	seq    int
	arts   []*articles.Article // the scope, resolved, for the next count
	counts *store.Counts
	chart  *timeline.Chart // for the timeline
	err    error
}

// countsJob is one count for a view, with its cancellation.
type countsJob struct {
	seq    int
	cancel context.CancelFunc
}

// start cancels the count running and returns a command for the next,
// which resolves sc (unless arts are given), counts it for focus and, for
// the timeline, builds the bars. pick, when focus is "", makes the scope's
// most mentioned country the focus.
func (j *countsJob) start(to pane, st *store.Store, sc scope, arts []*articles.Article, focus string, pick, chart bool) tea.Cmd {
	if j.cancel != nil {
		j.cancel()
	}
	j.seq++
	ctx, cancel := context.WithCancel(context.Background())
	j.cancel = cancel
	seq := j.seq
	return func() tea.Msg {
		msg := viewCountsMsg{to: to, seq: seq, arts: arts}
		if msg.arts == nil {
			msg.arts, msg.err = sc.resolve(ctx, st)
			if msg.err != nil {
				return msg
			}
		}
		if focus == "" && pick {
			c, err := st.CountScope(ctx, msg.arts, "")
			if err != nil {
				msg.err = err
				return msg
			}
			if len(c.Countries) > 0 {
				focus = c.Countries[0].Code
			}
		}
		msg.counts, msg.err = st.CountScope(ctx, msg.arts, focus)
		if msg.err == nil && chart {
			days := make([]timeline.Count, len(msg.counts.Days))
			for i, d := range msg.counts.Days {
				days[i] = timeline.Count{Date: time.Date(d.Date.Year, d.Date.Month, d.Date.Day, 0, 0, 0, 0, time.UTC), N: d.Count}
			}
			msg.chart = timeline.New(days, msg.counts.Undated)
		}
		return msg
	}
}

// stop cancels the count running.
func (j *countsJob) stop() {
	if j.cancel != nil {
		j.cancel()
		j.cancel = nil
	}
}

// fresh reports whether msg answers the latest count.
func (j *countsJob) fresh(msg viewCountsMsg) bool {
	return msg.seq == j.seq && msg.err == nil
}

// narrow closes the views and narrows the main list: to a country, as the
// countries pane does, or by qualifiers added to the search.
type narrow struct {
	country string // chosen as in the countries pane
	query   string // qualifiers for the search ("c:BY c:RU", "date:2025-05")
}

func (narrow) isIntent() {}

// applyNarrow carries out a narrow intent.
func (m *Model) applyNarrow(in narrow) tea.Cmd {
	for _, o := range m.overlays {
		if v, ok := o.(interface{ stop() }); ok {
			v.stop()
		}
	}
	m.overlays = slices.DeleteFunc(m.overlays, func(o pane) bool {
		switch o.(type) {
		case *mapOverlay, *timelineOverlay:
			return true
		}
		return false
	})
	if in.country != "" {
		return m.apply(chooseCountry{in.country})
	}
	if in.query == "" {
		return nil
	}
	q := in.query
	if m.main == paneSearch && strings.TrimSpace(m.search.query) != "" {
		q = strings.TrimSpace(m.search.query) + " " + q
	}
	cmd := m.apply(startSearch{})
	return tea.Batch(cmd, m.search.setQuery(q))
}

// setQuery puts q in the query line and runs it, leaving the line without
// focus so that the list's keys act on the results.
func (p *searchPane) setQuery(q string) tea.Cmd {
	p.input.Reset()
	p.input.insert(q)
	p.input.Blur()
	return p.run()
}

// toggleMap opens the map of the current scope, or closes it when it is on
// top.
func (m *Model) toggleMap() tea.Cmd {
	if o, ok := m.top().(*mapOverlay); ok {
		o.stop()
		return m.apply(closeOverlay{})
	}
	o := newMapOverlay(m.store, m.keys, m.st, m.scope(), m.countries.chosen)
	m.push(o)
	return o.begin()
}

// toggleTimeline opens the timeline of the current scope, or closes it
// when it is on top. Opened from the map, it is the selected country's.
func (m *Model) toggleTimeline() tea.Cmd {
	if o, ok := m.top().(*timelineOverlay); ok {
		o.stop()
		return m.apply(closeOverlay{})
	}
	focus := ""
	var arts []*articles.Article
	if mo, ok := m.top().(*mapOverlay); ok {
		focus, arts = mo.m.Selected(), mo.arts
	}
	o := newTimelineOverlay(m.store, m.keys, m.st, m.scope(), arts, focus)
	m.push(o)
	return o.begin()
}

// routeViewCounts hands counts to the overlay that asked, if it is still
// open.
func (m *Model) routeViewCounts(msg viewCountsMsg) tea.Cmd {
	for _, o := range m.overlays {
		if o == msg.to {
			in, cmd := o.Update(msg)
			return tea.Batch(cmd, m.apply(in))
		}
	}
	return nil
}

// countryMatch reports whether a country passes a filter as the countries
// pane's does: its folded name holds the folded query, or it is the code.
func countryMatch(name, code, query string) bool {
	return strings.Contains(fold.String(name), query) || strings.EqualFold(code, query)
}

// mapOverlay is the world map of the scope: every country shaded by how
// many of its articles mention it, the selection's name, flag and count,
// and the countries mentioned together with it beside the map.
type mapOverlay struct {
	keys  *keyMap
	st    *styles
	store *store.Store
	sc    scope
	w, h  int

	m      *worldmap.Map
	arts   []*articles.Article // the scope, once resolved
	counts *store.Counts       // the latest, for the selection
	job    countsJob
	err    error

	filter    queryInput
	filtering bool
	matches   []string // codes passing the filter, most articles first
	match     int

	panel    bool // the together list has the keys
	together selection
}

// The map's side panel of countries together, and from which width it
// stands beside the map rather than as a line under it.
const (
	togetherWidth = 28
	togetherFrom  = 90
)

func newMapOverlay(s *store.Store, km *keyMap, st *styles, sc scope, chosen string) *mapOverlay {
	o := &mapOverlay{keys: km, st: st, store: s, sc: sc, filter: newQueryInput(km, st, "type a country")}
	w, err := worldmap.Load()
	if err != nil {
		o.err = err
		w = &worldmap.World{}
	}
	o.m = worldmap.New(w)
	if chosen != "" {
		o.m.Select(chosen)
	}
	return o
}

// begin starts the first count: the scope per country, and the together
// list of the chosen country or else of the most mentioned.
func (o *mapOverlay) begin() tea.Cmd {
	return o.job.start(o, o.store, o.sc, nil, o.m.Selected(), true, false)
}

// stop cancels the count running.
func (o *mapOverlay) stop() { o.job.stop() }

// SetStyles hands the overlay new styles.
func (o *mapOverlay) SetStyles(st *styles) {
	o.st = st
	o.filter.st = st
}

// SetFocused does nothing: an overlay on top has the keys.
func (o *mapOverlay) SetFocused(bool) {}

// Typing is true while the filter line is open.
func (o *mapOverlay) Typing() bool { return o.filtering }

// SetSize sets the overlay's size, frame included.
func (o *mapOverlay) SetSize(w, h int) {
	o.w, o.h = w, h
	o.filter.SetWidth(max(w-10, 1))
	mw, mh := o.mapSize()
	o.m.SetSize(mw, mh)
}

// side reports whether the together list stands beside the map.
func (o *mapOverlay) side() bool { return o.w-2 >= togetherFrom }

// mapSize is the map's part of the inside of the frame.
func (o *mapOverlay) mapSize() (w, h int) {
	w, h = max(o.w-2, 0), max(o.h-2, 0)
	if o.filtering {
		h--
	}
	if o.side() {
		w -= togetherWidth
	} else {
		h-- // the together line
	}
	return max(w, 0), max(h, 0)
}

// togetherList is the countries mentioned with the selection.
func (o *mapOverlay) togetherList() []store.Country {
	if o.counts == nil || o.counts.Focus != o.m.Selected() {
		return nil
	}
	return o.counts.Together
}

// Bindings are the keys of the map in its state now.
func (o *mapOverlay) Bindings() []*key.Binding {
	v, mv := &o.keys.View, &o.keys.Move
	if o.filtering {
		b := []*key.Binding{&v.ClearFilter}
		if len(o.matches) > 0 {
			b = append(b, &v.Choose)
		}
		if len(o.matches) > 1 {
			b = append(b, &mv.Up, &mv.Down)
		}
		return append(b, o.keys.editBindings()...)
	}
	b := []*key.Binding{&o.keys.Overlay.Close}
	if o.panel {
		tl := o.togetherList()
		if len(tl) > 0 {
			b = append(b, &v.Choose)
		}
		b = append(b, &v.Together)
		if o.together.sel > 0 {
			b = append(b, &v.Up)
		}
		if o.together.sel < len(tl)-1 {
			b = append(b, &v.Down)
		}
		return b
	}
	if o.m.Selected() != "" {
		b = append(b, &v.Choose)
	}
	b = append(b, &v.Filter)
	if len(o.togetherList()) > 0 {
		b = append(b, &v.Together)
	}
	for _, d := range []struct {
		dir worldmap.Direction
		b   *key.Binding
	}{{worldmap.Left, &v.Left}, {worldmap.Right, &v.Right}, {worldmap.Up, &v.Up}, {worldmap.Down, &v.Down}} {
		if _, ok := o.m.Neighbour(d.dir); ok {
			b = append(b, d.b)
		}
	}
	return b
}

// Update moves the selection, filters, takes the counts, and asks to
// narrow the list or to close.
func (o *mapOverlay) Update(msg tea.Msg) (intent, tea.Cmd) {
	v, mv := &o.keys.View, &o.keys.Move
	switch msg := msg.(type) {
	case viewCountsMsg:
		if msg.seq == o.job.seq && msg.err != nil && !errors.Is(msg.err, context.Canceled) {
			o.err = msg.err
		}
		if !o.job.fresh(msg) {
			return nil, nil
		}
		o.err = nil
		o.arts, o.counts = msg.arts, msg.counts
		counts := make(map[string]int, len(msg.counts.Countries))
		for _, c := range msg.counts.Countries {
			counts[c.Code] = c.Articles
		}
		o.m.SetCounts(counts)
		if o.m.Selected() == "" && msg.counts.Focus != "" {
			o.m.Select(msg.counts.Focus)
		}
		o.together = selection{}
		return nil, nil
	case tea.MouseClickMsg:
		return o.click(msg.X, msg.Y)
	case tea.KeyPressMsg:
		if o.filtering {
			switch {
			case key.Matches(msg, v.ClearFilter):
				o.filtering = false
				o.filter.Reset()
				o.filter.Blur()
				o.SetSize(o.w, o.h)
				return nil, nil
			case key.Matches(msg, v.Choose):
				if code := o.m.Selected(); code != "" {
					return narrow{country: code}, nil
				}
				return nil, nil
			case key.Matches(msg, mv.Up):
				return nil, o.pickMatch(o.match - 1)
			case key.Matches(msg, mv.Down):
				return nil, o.pickMatch(o.match + 1)
			}
			before := o.filter.Value()
			var cmd tea.Cmd
			o.filter, cmd = o.filter.Update(msg)
			if o.filter.Value() != before {
				return nil, tea.Batch(cmd, o.applyFilter())
			}
			return nil, cmd
		}
		if o.panel {
			tl := o.togetherList()
			switch {
			case key.Matches(msg, o.keys.Overlay.Close):
				o.stop()
				return closeOverlay{}, nil
			case key.Matches(msg, v.Together):
				o.panel = false
			case key.Matches(msg, v.Up):
				o.together.moveTo(o.together.sel-1, len(tl), o.panelRows())
			case key.Matches(msg, v.Down):
				o.together.moveTo(o.together.sel+1, len(tl), o.panelRows())
			case key.Matches(msg, v.Choose):
				if o.together.sel < len(tl) {
					return o.narrowTogether(tl[o.together.sel].Code), nil
				}
			}
			return nil, nil
		}
		switch {
		case key.Matches(msg, o.keys.Overlay.Close):
			o.stop()
			return closeOverlay{}, nil
		case key.Matches(msg, v.Choose):
			if code := o.m.Selected(); code != "" {
				return narrow{country: code}, nil
			}
		case key.Matches(msg, v.Filter):
			o.filtering = true
			o.filter.Reset()
			o.SetSize(o.w, o.h)
			return nil, o.filter.Focus()
		case key.Matches(msg, v.Together):
			o.panel = true
			o.together = selection{}
		case key.Matches(msg, v.Left):
			return nil, o.move(worldmap.Left)
		case key.Matches(msg, v.Right):
			return nil, o.move(worldmap.Right)
		case key.Matches(msg, v.Up):
			return nil, o.move(worldmap.Up)
		case key.Matches(msg, v.Down):
			return nil, o.move(worldmap.Down)
		}
	}
	return nil, nil
}

// move selects the neighbour in direction d and counts its together list.
func (o *mapOverlay) move(d worldmap.Direction) tea.Cmd {
	if !o.m.Move(d) {
		return nil
	}
	return o.recount()
}

// recount counts the together list of the selection.
func (o *mapOverlay) recount() tea.Cmd {
	if o.arts == nil {
		return o.begin()
	}
	return o.job.start(o, o.store, o.sc, o.arts, o.m.Selected(), false, false)
}

// narrowTogether asks for the articles that mention both the selection and
// code.
func (o *mapOverlay) narrowTogether(code string) intent {
	return narrow{query: "c:" + o.m.Selected() + " c:" + code}
}

// applyFilter lists the countries whose names hold the filter's text, as
// the countries pane's filter does, and selects the first.
func (o *mapOverlay) applyFilter() tea.Cmd {
	q := strings.TrimSpace(fold.String(o.filter.Value()))
	o.matches = o.matches[:0]
	if q == "" {
		return nil
	}
	for _, c := range o.m.World().Countries {
		if countryMatch(c.Name, c.Code, q) {
			o.matches = append(o.matches, c.Code)
		}
	}
	// A name with a word that starts with the text comes first: "rus" is
	// Russia before Belarus. Then the countries with more articles.
	starts := func(code string) int {
		for _, w := range strings.Fields(fold.String(countryName(code))) {
			if strings.HasPrefix(w, q) {
				return 0
			}
		}
		return 1
	}
	slices.SortStableFunc(o.matches, func(a, b string) int {
		if sa, sb := starts(a), starts(b); sa != sb {
			return sa - sb
		}
		return o.m.Count(b) - o.m.Count(a)
	})
	return o.pickMatch(0)
}

// pickMatch selects the i-th match of the filter.
func (o *mapOverlay) pickMatch(i int) tea.Cmd {
	if len(o.matches) == 0 {
		return nil
	}
	o.match = min(max(i, 0), len(o.matches)-1)
	if o.m.Select(o.matches[o.match]) {
		return o.recount()
	}
	return nil
}

// click selects the country under the pointer, or narrows to a country of
// the together list.
func (o *mapOverlay) click(x, y int) (intent, tea.Cmd) {
	top := 1
	if o.filtering {
		top++
	}
	mw, mh := o.mapSize()
	if x >= 1 && x < 1+mw && y >= top && y < top+mh {
		if code, ok := o.m.HitTest(x-1, y-top); ok && code != o.m.Selected() {
			o.m.Select(code)
			return nil, o.recount()
		}
		return nil, nil
	}
	if o.side() && x >= 1+mw && y >= top+1 {
		tl := o.togetherList()
		if i := o.together.top + y - top - 1; i >= 0 && i < len(tl) {
			return o.narrowTogether(tl[i].Code), nil
		}
	}
	return nil, nil
}

// panelRows is how many countries the side panel shows.
func (o *mapOverlay) panelRows() int {
	_, mh := o.mapSize()
	return max(mh-1, 1)
}

// View draws the overlay: the filter line when open, the map, and the
// countries together beside it or under it.
func (o *mapOverlay) View() []string {
	inner := max(o.w-2, 0)
	var body []string
	if o.filtering {
		n := ""
		if q := o.filter.Value(); q != "" {
			n = o.st.App.Dim.Render(" " + commas(len(o.matches)))
		}
		body = append(body, fit(o.st.Row.QueryPrompt.Render(" / ")+ansi.Truncate(o.filter.View(), max(inner-10, 0), "")+n, inner))
	}
	mw, mh := o.mapSize()
	lines := strings.Split(o.m.View(o.st.Map), "\n")
	if o.err != nil {
		lines = []string{o.st.App.Warn.Render(cut(o.err.Error(), mw))}
	}
	for len(lines) < mh {
		lines = append(lines, "")
	}
	lines = lines[:mh]
	if o.side() {
		panel := o.panelLines(togetherWidth, mh)
		for i := range lines {
			lines[i] = fit(lines[i], mw) + panel[i]
		}
	} else if mh >= 0 {
		lines = append(lines, o.togetherLine(inner))
	}
	body = append(body, lines...)
	title := "Map · " + plural(len(o.arts), "article", "articles")
	if o.counts == nil {
		title = "Map · counting…"
	}
	return frame(o.st, title, "", body, o.w, o.h, true)
}

// togetherTitle heads the together list: "With Belarus".
func (o *mapOverlay) togetherTitle() string {
	sel := o.m.Selected()
	if sel == "" {
		return "Together"
	}
	return "With " + countryName(sel)
}

// panelLines is the side panel: a title and the countries together with
// their counts.
func (o *mapOverlay) panelLines(w, h int) []string {
	st := o.st
	out := make([]string, 0, h)
	out = append(out, fit(" "+st.Pane.TitleFocused.Render(cut(o.togetherTitle(), w-2)), w))
	tl := o.togetherList()
	o.together.clamp(len(tl), max(h-1, 1))
	switch {
	case o.counts == nil || o.counts.Focus != o.m.Selected():
		out = append(out, fit(" "+st.Row.Empty.Render(cut("counting…", w-2)), w))
	case len(tl) == 0:
		out = append(out, fit(" "+st.Row.Empty.Render(cut("no other country", w-2)), w))
	}
	for i := o.together.top; i < len(tl) && len(out) < h; i++ {
		c := tl[i]
		rs := st.Row.Is[stateOf(o.panel && i == o.together.sel, true)]
		num := commas(c.Articles)
		flag := c.Flag
		if ansi.StringWidth(flag) != 2 {
			flag = "  "
		}
		name := cut(oneLine(c.Name), max(w-6-ansi.StringWidth(num), 1))
		gap := max(w-4-ansi.StringWidth(name)-ansi.StringWidth(num)-1, 1)
		out = append(out, fit(rs.Base.Render(" "+flag+" ")+rs.Title.Render(name)+rs.Base.Render(strings.Repeat(" ", gap))+rs.Dim.Render(num)+rs.Base.Render(" "), w))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", w))
	}
	return out
}

// togetherLine is the together list on one line, for narrow terminals:
// "With Belarus: China 2 · Russia 2 · …".
func (o *mapOverlay) togetherLine(w int) string {
	st := o.st
	tl := o.togetherList()
	var b strings.Builder
	b.WriteString(" " + st.Pane.TitleFocused.Render(o.togetherTitle()+":"))
	if len(tl) == 0 {
		b.WriteString(" " + st.Row.Empty.Render("none"))
	}
	for i, c := range tl {
		if i > 0 {
			b.WriteString(st.App.Dim.Render(" ·"))
		}
		rs := st.Row.Is[stateOf(o.panel && i == o.together.sel, true)]
		b.WriteString(" " + rs.Title.Render(oneLine(c.Name)+" "+commas(c.Articles)))
		if ansi.StringWidth(b.String()) > w {
			break
		}
	}
	return fit(b.String(), w)
}

// timelineOverlay is the scope's articles per day, week or month, or those
// of one country when it was opened from the map.
type timelineOverlay struct {
	keys  *keyMap
	st    *styles
	store *store.Store
	sc    scope
	arts  []*articles.Article
	focus string
	w, h  int

	chart *timeline.Chart
	job   countsJob
	err   error
}

func newTimelineOverlay(s *store.Store, km *keyMap, st *styles, sc scope, arts []*articles.Article, focus string) *timelineOverlay {
	return &timelineOverlay{keys: km, st: st, store: s, sc: sc, arts: arts, focus: focus}
}

// begin starts the count.
func (o *timelineOverlay) begin() tea.Cmd {
	return o.job.start(o, o.store, o.sc, o.arts, o.focus, false, true)
}

// stop cancels the count running.
func (o *timelineOverlay) stop() { o.job.stop() }

// SetStyles hands the overlay new styles.
func (o *timelineOverlay) SetStyles(st *styles) { o.st = st }

// SetFocused does nothing: an overlay on top has the keys.
func (o *timelineOverlay) SetFocused(bool) {}

// Typing is false: the timeline has no query line.
func (o *timelineOverlay) Typing() bool { return false }

// SetSize sets the overlay's size, frame included.
func (o *timelineOverlay) SetSize(w, h int) {
	o.w, o.h = w, h
	if o.chart != nil {
		o.chart.SetSize(max(w-2, 0), max(h-2, 0))
	}
}

// Bindings are the keys of the timeline in its state now.
func (o *timelineOverlay) Bindings() []*key.Binding {
	v := &o.keys.View
	b := []*key.Binding{&o.keys.Overlay.Close}
	if o.chart == nil {
		return b
	}
	if _, ok := o.chart.Selected(); ok {
		b = append(b, &v.Choose)
	}
	if o.chart.SelectedIndex() > 0 {
		b = append(b, &v.Left)
	}
	if o.chart.SelectedIndex() < len(o.chart.Bars())-1 {
		b = append(b, &v.Right)
	}
	return b
}

// Update moves along the bars, takes the counts, and asks to narrow the
// list to the selected period or to close.
func (o *timelineOverlay) Update(msg tea.Msg) (intent, tea.Cmd) {
	v := &o.keys.View
	switch msg := msg.(type) {
	case viewCountsMsg:
		if msg.seq != o.job.seq || errors.Is(msg.err, context.Canceled) {
			return nil, nil
		}
		o.err = msg.err
		if msg.chart != nil {
			o.chart = msg.chart
			o.chart.SetSize(max(o.w-2, 0), max(o.h-2, 0))
		}
	case tea.MouseClickMsg:
		if o.chart != nil {
			if i, ok := o.chart.BarAt(msg.X-1, msg.Y-1); ok {
				o.chart.Select(i)
			}
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, o.keys.Overlay.Close):
			o.stop()
			return closeOverlay{}, nil
		case o.chart == nil:
		case key.Matches(msg, v.Left):
			o.chart.Move(-1)
		case key.Matches(msg, v.Right):
			o.chart.Move(1)
		case key.Matches(msg, v.Choose):
			if b, ok := o.chart.Selected(); ok {
				return narrow{query: o.periodQuery(b)}, nil
			}
		}
	}
	return nil, nil
}

// periodQuery is the qualifiers that narrow to a bar: its dates, and the
// country the timeline is of when it is not the list's own.
func (o *timelineOverlay) periodQuery(b timeline.Bar) string {
	var q string
	switch o.chart.Period() {
	case timeline.Month:
		q = "date:" + b.From.Format("2006-01")
	case timeline.Week:
		q = "date:" + b.From.Format(time.DateOnly) + ".." + b.To.Format(time.DateOnly)
	default:
		q = "date:" + b.From.Format(time.DateOnly)
	}
	if o.focus != "" && o.focus != o.sc.country {
		q = "c:" + o.focus + " " + q
	}
	return q
}

// View draws the timeline in its frame.
func (o *timelineOverlay) View() []string {
	title := "Timeline"
	if o.focus != "" {
		title += " · " + countryName(o.focus)
	}
	var body []string
	switch {
	case o.err != nil:
		body = []string{" " + o.st.App.Warn.Render(cut(fmt.Sprint(o.err), o.w-4))}
	case o.chart == nil:
		body = []string{" " + o.st.Row.Empty.Render(cut("counting…", o.w-4))}
	default:
		body = strings.Split(o.chart.View(o.st.Timeline), "\n")
	}
	return frame(o.st, title, "", body, o.w, o.h, true)
}

// countryName is a country's short name, or its code.
func countryName(code string) string {
	if c, ok := countries.Lookup(code); ok {
		return c.Name
	}
	return code
}
