package ui

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
)

func stripANSI(s string) string { return ansi.Strip(s) }

func newTestDriver(tb testing.TB, w, h int) *driver {
	tb.Helper()
	return newDriver(tb, New(testStore(tb), Options{}), w, h)
}

// indexOf finds an article of a list by the start of its ID.
func indexOf(items []*articles.Article, idPrefix string) int {
	for i, a := range items {
		if strings.HasPrefix(a.ID, idPrefix) {
			return i
		}
	}
	return -1
}

func TestListNewestFirstAndMoves(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	if d.m.focus != paneList {
		t.Fatalf("focus = %v, want list", d.m.focus)
	}
	items := d.m.list.items
	if len(items) != 5 {
		t.Fatalf("%d items, want 5", len(items))
	}
	for i := 1; i < len(items); i++ {
		if items[i-1].Date.Compare(items[i].Date) > 0 {
			t.Errorf("item %d (%s) sorts before item %d (%s)", i-1, items[i-1].Date, i, items[i].Date)
		}
	}
	steps := []struct {
		keys string
		sel  int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"G", 4}, {"j", 4}, {"g", 0}, {"up", 0}, {"end", 4}, {"home", 0}, {"pgdown", 4}, {"pgup", 0},
	}
	for _, s := range steps {
		d.keys(s.keys)
		if d.m.list.sel != s.sel {
			t.Errorf("after %q: selected %d, want %d", s.keys, d.m.list.sel, s.sel)
		}
	}
	if !strings.Contains(d.screen(), "5 of 5") {
		t.Errorf("no count on screen:\n%s", d.screen())
	}
}

func TestOpenReaderAndBack(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("j enter")
	if d.m.focus != paneReader {
		t.Fatalf("focus = %v after enter, want reader", d.m.focus)
	}
	if d.m.reader.art != d.m.list.items[1] {
		t.Fatalf("reader shows %v, want the second article", d.m.reader.art.ID)
	}
	if !strings.Contains(d.screen(), d.m.list.items[1].Date.Display()) {
		t.Errorf("reader does not show the date:\n%s", d.screen())
	}
	d.keys("space")
	if d.m.reader.top == 0 {
		t.Errorf("space did not scroll the reader")
	}
	d.keys("b")
	if d.m.reader.top != 0 {
		t.Errorf("b did not scroll back: top %d", d.m.reader.top)
	}
	d.keys("esc")
	if d.m.focus != paneList || d.m.list.sel != 1 {
		t.Errorf("after esc: focus %v, selected %d; want list, 1", d.m.focus, d.m.list.sel)
	}
}

func TestTabCyclesPanes(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("tab") // no article open yet: countries and list only
	if d.m.focus != paneCountries {
		t.Fatalf("tab: focus %v, want countries", d.m.focus)
	}
	d.keys("tab")
	if d.m.focus != paneList {
		t.Fatalf("tab tab: focus %v, want list", d.m.focus)
	}
	d.keys("enter") // an article is open: the reader joins the ring
	d.keys("tab")
	if d.m.focus != paneCountries {
		t.Fatalf("tab from reader: focus %v, want countries", d.m.focus)
	}
	d.keys("shift+tab")
	if d.m.focus != paneReader {
		t.Fatalf("shift+tab from countries: focus %v, want reader", d.m.focus)
	}
}

func TestReaderBesideListFollowsSelection(t *testing.T) {
	d := newTestDriver(t, 160, 40)
	if d.m.reader.art != d.m.list.items[0] {
		t.Fatalf("at 160 columns the reader does not preview the selected article")
	}
	d.keys("j j")
	if d.m.reader.art != d.m.list.items[2] || d.m.focus != paneList {
		t.Errorf("after j j: reader on %v, focus %v", d.m.reader.art.ID, d.m.focus)
	}
	if s := d.screen(); !strings.Contains(s, "Countries") || !strings.Contains(s, "Articles") || !strings.Contains(s, "Reader") {
		t.Errorf("not three panes at 160 columns:\n%s", s)
	}
	d.keys("enter")
	if d.m.focus != paneReader || d.m.reader.art != d.m.list.items[2] {
		t.Errorf("enter: focus %v", d.m.focus)
	}
}

func TestResizeRewrapsReaderAndKeepsPlace(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	i := indexOf(d.m.list.items, "002") // the longest article
	for range i {
		d.keys("j")
	}
	d.keys("enter ctrl+d")
	before := len(d.m.reader.lines)
	top := d.m.reader.lines[d.m.reader.top]
	d.send(tea.WindowSizeMsg{Width: 50, Height: 20})
	if len(d.m.reader.lines) <= before {
		t.Errorf("narrower reader has %d lines, had %d", len(d.m.reader.lines), before)
	}
	for _, l := range d.m.reader.lines {
		if ansi.StringWidth(l.text) > d.m.reader.textW {
			t.Errorf("line %q wider than %d", l.text, d.m.reader.textW)
		}
	}
	now := d.m.reader.lines[d.m.reader.top]
	if now.block != top.block || now.start > top.start || now.end <= top.start {
		t.Errorf("the top line moved from block %d rune %d to block %d runes %d..%d", top.block, top.start, now.block, now.start, now.end)
	}
}

func TestChooseCountryFiltersListAndScopesSearch(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("c")
	if d.m.focus != paneCountries {
		t.Fatalf("c: focus %v, want countries", d.m.focus)
	}
	if !strings.Contains(d.screen(), "Azerbaijan") {
		t.Fatalf("countries pane not shown alone at 80 columns:\n%s", d.screen())
	}
	row := -1
	for i, r := range d.m.countries.rows {
		if d.m.countries.code(r) == "AZ" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("no Azerbaijan row")
	}
	for range row {
		d.keys("down")
	}
	d.keys("enter")
	if d.m.focus != paneList {
		t.Errorf("after choosing: focus %v, want list", d.m.focus)
	}
	if len(d.m.list.items) != 1 || !strings.HasPrefix(d.m.list.items[0].ID, "004") {
		t.Fatalf("list after choosing Azerbaijan: %d items", len(d.m.list.items))
	}
	if !strings.Contains(d.screen(), "1 of 5") {
		t.Errorf("count not updated:\n%s", d.screen())
	}
	d.keys("/")
	if d.m.search.country != "AZ" {
		t.Errorf("search scope %q, want AZ", d.m.search.country)
	}
	if d.m.search.results == nil {
		t.Fatal("no results for the empty query")
	}
	for _, h := range d.m.search.results.Hits {
		if !strings.HasPrefix(h.Article.ID, "004") {
			t.Errorf("search scoped to AZ found %s", h.Article.ID)
		}
	}
	// esc leaves the search; esc in the list clears the country.
	d.keys("esc esc")
	if (d.m.main == paneSearch) || d.m.list.country != "" || len(d.m.list.items) != 5 {
		t.Errorf("esc esc: searching %v, country %q, %d items", (d.m.main == paneSearch), d.m.list.country, len(d.m.list.items))
	}
}

func TestCountriesFilterTakesLetters(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("shift+tab").typ("azer")
	if d.m.focus != paneCountries || !d.m.countries.Typing() {
		t.Fatalf("focus %v, typing %v", d.m.focus, d.m.countries.Typing())
	}
	if len(d.m.countries.rows) != 1 {
		t.Fatalf("filter azer: %d rows", len(d.m.countries.rows))
	}
	d.keys("enter")
	if d.m.list.country != "AZ" {
		t.Errorf("enter on the filter chose %q, want AZ", d.m.list.country)
	}
}

func TestReaderFindCounter(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	i := indexOf(d.m.list.items, "003")
	for range i {
		d.keys("j")
	}
	d.keys("enter /").typ("belarus").keys("enter")
	n := len(d.m.reader.hits)
	if n < 3 {
		t.Fatalf("/belarus: %d hits, want several", n)
	}
	counter := func() string {
		t.Helper()
		re := regexp.MustCompile(`/belarus +(\d+/\d+)`)
		m := re.FindStringSubmatch(d.screen())
		if m == nil {
			t.Fatalf("no counter on screen:\n%s", d.screen())
		}
		return m[1]
	}
	total := commas(n)
	if got := counter(); got != "1/"+total {
		t.Errorf("after /belarus: %s, want 1/%s", got, total)
	}
	d.keys("n")
	if got := counter(); got != "2/"+total {
		t.Errorf("after n: %s, want 2/%s", got, total)
	}
	d.keys("N")
	if got := counter(); got != "1/"+total {
		t.Errorf("after N: %s, want 1/%s", got, total)
	}
	d.keys("N")
	if got := counter(); got != total+"/"+total {
		t.Errorf("N from the first hit: %s, want %s/%s", got, total, total)
	}
	// The current hit is on screen.
	line := d.m.reader.lineOf(d.m.reader.hits[d.m.reader.cur])
	if line < d.m.reader.top || line >= d.m.reader.top+d.m.reader.bodyHeight() {
		t.Errorf("current hit on line %d, screen shows %d..%d", line, d.m.reader.top, d.m.reader.top+d.m.reader.bodyHeight())
	}
	// Every hit is "belarus", any case.
	for _, h := range d.m.reader.hits {
		got := string([]rune(d.m.reader.blocks[h.block])[h.start:h.end])
		if !strings.EqualFold(got, "belarus") {
			t.Errorf("hit %q", got)
		}
	}
}

func TestReaderFindFoldsDiacritics(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	i := indexOf(d.m.list.items, "002")
	for range i {
		d.keys("j")
	}
	d.keys("enter /").typ("viet nam").keys("enter")
	if len(d.m.reader.hits) == 0 {
		t.Fatal("viet nam found nothing")
	}
	h := d.m.reader.hits[0]
	if got := string([]rune(d.m.reader.blocks[h.block])[h.start:h.end]); got != "Việt Nam" {
		t.Errorf("first hit %q, want Việt Nam", got)
	}
	n := len(d.m.reader.hits)
	d.keys("/").typ("minsk").keys("esc")
	if len(d.m.reader.hits) != n || d.m.reader.Typing() || d.m.reader.label != "/viet nam" {
		t.Errorf("esc on a new find line left %d hits of %q, want the %d of /viet nam back", len(d.m.reader.hits), d.m.reader.label, n)
	}
}

// TestFindCancelPutsBackTheSearchHit opens an article from a search, moves
// nowhere, and cancels a find: the counter is where it was.
func TestFindCancelPutsBackTheSearchHit(t *testing.T) {
	d := newTestDriver(t, 60, 20)
	d.keys("/").typ("korea").keys("enter")
	if d.m.focus != paneReader || len(d.m.reader.hits) == 0 {
		t.Fatalf("korea opened nothing with hits:\n%s", d.screen())
	}
	before, top := d.m.reader.counter(), d.m.reader.top
	d.keys("/").typ("lukashenko").keys("esc")
	if got := d.m.reader.counter(); got != before || d.m.reader.top != top {
		t.Errorf("after esc on the find line: %s at line %d, want %s at line %d", got, d.m.reader.top, before, top)
	}
}

func TestBracketsStepThroughList(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("enter ]")
	if d.m.reader.art != d.m.list.items[1] || d.m.list.sel != 1 {
		t.Fatalf("]: reader on %s, list on %d", d.m.reader.art.ID, d.m.list.sel)
	}
	d.keys("] ]")
	if d.m.reader.art != d.m.list.items[3] {
		t.Fatalf("] ] ]: reader on %s", d.m.reader.art.ID)
	}
	d.keys("[")
	if d.m.reader.art != d.m.list.items[2] || d.m.list.sel != 2 {
		t.Fatalf("[: reader on %s, list on %d", d.m.reader.art.ID, d.m.list.sel)
	}
	d.keys("[ [ [") // stops at the first
	if d.m.reader.art != d.m.list.items[0] {
		t.Fatalf("[ past the start: reader on %s", d.m.reader.art.ID)
	}
}

func TestQueryLineTakesEveryPrintableKey(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("/").typ("qjk?[]gGnNc! /x")
	if d.quit {
		t.Fatal("typing q into the query line quit")
	}
	if d.m.focus != paneSearch || len(d.m.overlays) != 0 {
		t.Fatalf("focus %v, overlays %d", d.m.focus, len(d.m.overlays))
	}
	if got := d.m.search.input.Value(); got != "qjk?[]gGnNc! /x" {
		t.Errorf("query %q", got)
	}
	if !strings.Contains(d.screen(), "qjk?[]gGnNc! /x") {
		t.Errorf("query not on screen:\n%s", d.screen())
	}
	d.keys("backspace ctrl+w")
	if got := d.m.search.input.Value(); got != "qjk?[]gGnNc! " {
		t.Errorf("after deleting: %q", got)
	}
	d.keys("ctrl+c")
	if !d.quit {
		t.Error("ctrl+c did not quit while typing")
	}
}

func TestQuit(t *testing.T) {
	for _, tc := range []struct {
		name, keys string
	}{
		{"list", "q"},
		{"reader", "enter q"},
		{"countries", "c esc q"},
		{"search results", "/ tab tab q"},
		{"help", "? q"},
		{"ctrl+c", "ctrl+c"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newTestDriver(t, 80, 24)
			d.keys(tc.keys)
			if !d.quit {
				t.Errorf("%q did not quit", tc.keys)
			}
		})
	}
	d := newTestDriver(t, 80, 24)
	d.keys("j")
	if d.quit {
		t.Error("j quit")
	}
}

func TestQuitReturnsTeaQuit(t *testing.T) {
	m := New(testStore(t), Options{})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := next.Update(press("q"))
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q did not return tea.Quit")
	}
}

func TestSearchDropsStaleResults(t *testing.T) {
	m := New(testStore(t), Options{})
	step := func(msg tea.Msg) tea.Cmd {
		next, cmd := m.Update(msg)
		m = next.(*Model)
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	step(press("/"))
	first := step(press("z")) // "z": nothing matches
	second := step(press("backspace"))
	third := step(press("b")) // "b": some match
	if first == nil || second == nil || third == nil {
		t.Fatal("a keystroke started no search")
	}
	// The results arrive out of order: the newest first.
	newest := third()
	step(newest)
	if !m.search.fresh() {
		t.Fatal("the newest results were not taken")
	}
	got := len(m.search.results.Hits)
	step(first()) // stale: its context was cancelled by the keystrokes after it
	step(second())
	if len(m.search.results.Hits) != got || m.search.resultsSeq != m.search.seq {
		t.Errorf("stale results replaced the newest: %d hits, seq %d/%d", len(m.search.results.Hits), m.search.resultsSeq, m.search.seq)
	}
}

func TestSearchCancelsPreviousSearch(t *testing.T) {
	m := New(testStore(t), Options{})
	step := func(msg tea.Msg) tea.Cmd {
		next, cmd := m.Update(msg)
		m = next.(*Model)
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	step(press("/"))
	older := step(press("p"))
	step(press("o"))
	msg, ok := older().(searchResultsMsg)
	if !ok {
		t.Fatalf("a keystroke's command returned %T", msg)
	}
	if !errors.Is(msg.err, context.Canceled) {
		t.Errorf("the search of an older keystroke ran uncancelled: err %v", msg.err)
	}
}

func TestOpenFromSearch(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("/").typ("potash")
	if d.m.search.count() == 0 {
		t.Fatalf("potash found nothing:\n%s", d.screen())
	}
	top := d.m.search.selected()
	if !strings.HasPrefix(top.ID, "003") {
		t.Errorf("potash: first hit %s, want 003", top.ID)
	}
	if !strings.Contains(d.screen(), "potash") {
		t.Errorf("no snippet with potash:\n%s", d.screen())
	}
	d.keys("enter")
	if d.m.focus != paneReader || d.m.reader.art != top {
		t.Fatalf("enter: focus %v", d.m.focus)
	}
	if !strings.Contains(d.screen(), "potash") {
		t.Errorf("the matching sentence is not in view:\n%s", d.screen())
	}
	if c := d.m.reader.counter(); !strings.HasPrefix(c, "1/") && c != "" {
		t.Errorf("counter %q", c)
	}
	d.keys("esc")
	if d.m.focus != paneSearch || d.m.search.Typing() {
		t.Errorf("esc from reader: focus %v, typing %v", d.m.focus, d.m.search.Typing())
	}
	d.keys("esc")
	if (d.m.main == paneSearch) || d.m.focus != paneList {
		t.Errorf("esc from results: searching %v, focus %v", (d.m.main == paneSearch), d.m.focus)
	}
}

// TestOpenFromSearchCountsFromTheTitle: when the title's hits are on screen
// with the first body hit, the counter starts at the first hit, not at the
// first one in the body.
func TestOpenFromSearchCountsFromTheTitle(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	d.keys("/").typ("pyongyang").keys("enter")
	if d.m.focus != paneReader || !strings.HasPrefix(d.m.reader.art.ID, "001") {
		t.Fatalf("pyongyang did not open 001: focus %v", d.m.focus)
	}
	if c := d.m.reader.counter(); !strings.HasPrefix(c, "1/") {
		t.Errorf("counter %q, want 1/N: the title's hit is on screen", c)
	}
}

func TestEnterBeforeResultsOpensWhenTheyArrive(t *testing.T) {
	m := New(testStore(t), Options{})
	step := func(msg tea.Msg) tea.Cmd {
		next, cmd := m.Update(msg)
		m = next.(*Model)
		return cmd
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	step(press("/"))
	var pending tea.Cmd
	for _, k := range typed("aleinik") {
		pending = step(k)
	}
	step(press("enter"))
	if m.focus == paneReader {
		t.Fatal("opened before the results arrived")
	}
	var msg tea.Msg = pending()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if c != nil {
				if r, ok := c().(searchResultsMsg); ok {
					msg = r
				}
			}
		}
	}
	step(msg)
	if m.focus != paneReader || m.reader.art == nil || !strings.HasPrefix(m.reader.art.ID, "003") {
		t.Fatalf("after the results: focus %v", m.focus)
	}
}

func TestSkippedFiles(t *testing.T) {
	opts := Options{Skipped: []Skipped{{Path: "bad/empty.txt", Reason: "empty file"}, {Path: "bad/bin.txt", Reason: "not text (NUL byte)"}}}
	d := newDriver(t, New(testStore(t), opts), 80, 24)
	if !strings.Contains(d.screen(), "2 skipped") {
		t.Errorf("no skipped count in the status line:\n%s", d.screen())
	}
	d.keys("!")
	s := d.screen()
	for _, want := range []string{"bad/empty.txt", "empty file", "bad/bin.txt", "not text (NUL byte)"} {
		if !strings.Contains(s, want) {
			t.Errorf("skipped view lacks %q:\n%s", want, s)
		}
	}
	d.keys("esc")
	if len(d.m.overlays) != 0 {
		t.Error("esc did not close the skipped view")
	}
}

func TestHelpShowsEveryKey(t *testing.T) {
	d := newTestDriver(t, 100, 30)
	groups := d.m.keys.enabledHelp()
	d.keys("?")
	s := d.screen()
	for _, g := range groups {
		for _, b := range g.bindings {
			if !strings.Contains(s, b.Help().Key) || !strings.Contains(s, b.Help().Desc) {
				t.Errorf("help lacks %q %q", b.Help().Key, b.Help().Desc)
			}
		}
	}
	d.keys("?")
	if len(d.m.overlays) != 0 {
		t.Error("? did not close the help")
	}
}

func TestMouse(t *testing.T) {
	d := newTestDriver(t, 120, 40)
	// The list stands right of the countries pane; its rows start under
	// the header and the top border, two lines each.
	x := d.m.placeOf(paneList).x + 5
	d.send(tea.MouseClickMsg{X: x, Y: 2 + 2*2, Button: tea.MouseLeft})
	if d.m.focus != paneList || d.m.list.sel != 2 {
		t.Fatalf("click on the third row: focus %v, selected %d", d.m.focus, d.m.list.sel)
	}
	d.send(tea.MouseClickMsg{X: x, Y: 2 + 2*2, Button: tea.MouseLeft})
	if d.m.focus != paneReader {
		t.Fatalf("click on the selected row: focus %v", d.m.focus)
	}
	d.send(tea.MouseWheelMsg{X: x + 80, Y: 10, Button: tea.MouseWheelDown})
	if d.m.reader.top == 0 {
		t.Errorf("the wheel did not scroll the reader")
	}
	d.keys("esc")
	d.send(tea.MouseClickMsg{X: 3, Y: 2 + 2, Button: tea.MouseLeft}) // under the filter line, the second country row
	if d.m.countries.chosen == "" {
		t.Errorf("click on a country did not choose it")
	}
	if v := New(testStore(t), Options{NoMouse: true}).View(); v.MouseMode != tea.MouseModeNone || !v.AltScreen {
		t.Errorf("NoMouse: mouse mode %v, alt screen %v", v.MouseMode, v.AltScreen)
	}
	if v := d.m.View(); v.MouseMode != tea.MouseModeCellMotion || !v.AltScreen {
		t.Errorf("mouse mode %v, alt screen %v", v.MouseMode, v.AltScreen)
	}
}

func TestBackgroundColourAndNoColor(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	if cmd := d.m.Init(); cmd == nil {
		t.Error("Init asks nothing of the terminal")
	}
	light := d.m.st
	d.send(tea.BackgroundColorMsg{Color: lightColor{}})
	if d.m.st.isDark || d.m.st == light {
		t.Error("a light background did not rebuild light styles")
	}
	t.Setenv("NO_COLOR", "1")
	m := New(testStore(t), Options{})
	if !m.st.noColor {
		t.Fatal("NO_COLOR ignored")
	}
	dm := newDriver(t, m, 80, 24).keys("/").typ("belarus")
	if strings.Contains(dm.m.View().Content, "\x1b[38") || strings.Contains(dm.m.View().Content, "\x1b[48") {
		t.Error("colours drawn under NO_COLOR")
	}
	if !strings.Contains(dm.m.View().Content, "\x1b[") {
		t.Error("NO_COLOR view has no attributes at all: the selection would not show")
	}
}

// lightColor is a white background.
type lightColor struct{}

func (lightColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestSelectionShowsFocus checks that the selected row of a pane without
// focus is drawn apart from the selected row of the pane with it.
func TestSelectionShowsFocus(t *testing.T) {
	bg := func(c interface{ RGBA() (r, g, b, a uint32) }) string {
		r, g, b, _ := c.RGBA()
		return fmt.Sprintf("48;2;%d;%d;%d", r>>8, g>>8, b>>8)
	}
	p := newPalette(true)
	selected, idle := bg(p.selectedBg), bg(p.idleBg)
	d := newTestDriver(t, 120, 40)
	first := d.m.list.items[0].Title[:20]
	titleSGR := func() string { // the attributes the title is drawn with
		v := d.m.View().Content
		i := strings.Index(v, first)
		if i < 0 {
			t.Fatalf("no row with %q:\n%s", first, d.screen())
		}
		return v[strings.LastIndex(v[:i], "\x1b["):i]
	}
	if sgr := titleSGR(); !strings.Contains(sgr, selected) {
		t.Errorf("the list has focus, its selected row is drawn with %q, want background %s", sgr, selected)
	}
	d.keys("tab") // to the countries
	if sgr := titleSGR(); !strings.Contains(sgr, idle) {
		t.Errorf("the countries have focus, the list's selected row is drawn with %q, want background %s", sgr, idle)
	}
}

// TestTabShowsTheSelectedArticle: below the width where the reader stands
// beside the list, tab to the reader shows the article selected now, not
// the one read before, and ] goes on from it.
func TestTabShowsTheSelectedArticle(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("enter esc j j tab")
	if d.m.focus != paneReader || d.m.reader.art != d.m.list.items[2] {
		t.Fatalf("tab shows %q, want the selected %q", d.m.reader.art.ID, d.m.list.items[2].ID)
	}
	d.keys("]")
	if d.m.reader.art != d.m.list.items[3] {
		t.Errorf("] after tab shows %q, want %q", d.m.reader.art.ID, d.m.list.items[3].ID)
	}
	d.keys("esc /").typ("tractor").keys("down tab")
	if d.m.focus != paneReader || d.m.reader.art != d.m.search.selected() || d.m.reader.terms != d.m.search.results {
		t.Errorf("tab from a search shows %q, not the selected hit with its terms", d.m.reader.art.ID)
	}
}

func idOf(a *articles.Article) string {
	if a == nil {
		return "nothing"
	}
	return a.ID
}

// TestSelectionSurvivesCountryAndSearch: choosing a country that has the
// selected article keeps it selected, and closing a search leaves the list
// on the article the search was on.
func TestSelectionSurvivesCountryAndSearch(t *testing.T) {
	d := newTestDriver(t, 100, 30)
	d.keys("j j")
	want := d.m.list.selected()
	d.keys("c").typ(want.Countries[len(want.Countries)-1].Name()).keys("enter")
	if d.m.list.country == "" || d.m.list.selected() != want {
		t.Errorf("after choosing %q the list is on %s, want %q", d.m.list.country, idOf(d.m.list.selected()), want.ID)
	}
	d.keys("esc")
	if d.m.list.country != "" || d.m.list.selected() != want {
		t.Errorf("after clearing the country the list is on %s, want %q", idOf(d.m.list.selected()), want.ID)
	}
	d.keys("/").typ("tractor").keys("down enter esc esc")
	read := d.m.reader.art
	if (d.m.main == paneSearch) || d.m.list.selected() != read {
		t.Errorf("after closing the search the list is on %s, want %q, the article read", idOf(d.m.list.selected()), read.ID)
	}
}

// TestSearchScrollsPastTheCap: a search with more hits than the first cap
// fetches more as the selection nears the end, keeping the selection, and
// page keys move the results while the query line has focus.
func TestSearchScrollsPastTheCap(t *testing.T) {
	m := New(bigStore(t, 3*searchLimit), Options{})
	d := newDriver(t, m, 80, 24)
	d.keys("/").typ("belarus")
	if n := d.m.search.count(); n != searchLimit || d.m.search.results.Total != 3*searchLimit {
		t.Fatalf("first search: %d hits of %d, want %d of %d", n, d.m.search.results.Total, searchLimit, 3*searchLimit)
	}
	d.keys("pgdown")
	if d.m.search.sel == 0 || !d.m.search.Typing() {
		t.Fatalf("pgdown while typing: selection %d, typing %v", d.m.search.sel, d.m.search.Typing())
	}
	for range searchLimit {
		if d.m.search.count() > searchLimit {
			break
		}
		d.keys("pgdown")
	}
	if got := d.m.search.count(); got != 3*searchLimit {
		t.Fatalf("paging near the cap: %d hits loaded, want all %d", got, 3*searchLimit)
	}
	if sel := d.m.search.sel; sel < searchLimit-2*d.m.search.visible() || sel >= searchLimit {
		t.Errorf("loading more moved the selection to %d, want it near %d", sel, searchLimit)
	}
	if s := d.screen(); !strings.Contains(s, "/3,000") || !strings.Contains(s, "3,000 of 3,000") {
		t.Errorf("counters do not say n/3,000 and 3,000 of 3,000:\n%s", s)
	}
}

// TestTitleMatchShows: when a search matches a title only past where the
// row cuts it, the row shows the title around the match.
func TestTitleMatchShows(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("/").typ("kim")
	var row string
	for _, l := range strings.Split(d.screen(), "\n") {
		if strings.Contains(l, "2025-09-09") {
			row = l
		}
	}
	if !strings.Contains(row, "message to North Korea's Kim") || !strings.Contains(row, "…") {
		t.Errorf("the 001 row does not show its title around the match:\n%s", d.screen())
	}
}

// TestCountriesEscGoesBack: c from the reader and esc return to the reader.
func TestCountriesEscGoesBack(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("j enter c")
	if d.m.focus != paneCountries {
		t.Fatalf("c: focus %v", d.m.focus)
	}
	d.keys("esc")
	if d.m.focus != paneReader || d.m.reader.art != d.m.list.items[1] {
		t.Errorf("esc after c from the reader: focus %v", d.m.focus)
	}
	d.keys("esc c esc")
	if d.m.focus != paneList {
		t.Errorf("esc after c from the list: focus %v, want the list", d.m.focus)
	}
}

// TestChoosingACountryKeepsTheSearchHit: the search runs again in the
// country's scope and stays on the hit it was on.
func TestChoosingACountryKeepsTheSearchHit(t *testing.T) {
	d := newTestDriver(t, 100, 30)
	d.keys("/").typ("belarus").keys("down down")
	want := d.m.search.selected()
	d.keys("shift+tab").typ("Belarus").keys("enter") // every article has it
	if d.m.search.country == "" || d.m.search.selected() != want {
		t.Errorf("after choosing %q the search is on %s, want %s", d.m.search.country, idOf(d.m.search.selected()), want.ID)
	}
}

// TestCountriesEscClearsAFilterLeftBehind: a filter typed, then left, is
// cleared by esc when the pane has focus again, before esc leaves it.
func TestCountriesEscClearsAFilterLeftBehind(t *testing.T) {
	d := newTestDriver(t, 100, 30)
	d.keys("shift+tab").typ("bel").keys("tab shift+tab")
	if d.m.focus != paneCountries || d.m.countries.filter.Value() != "bel" {
		t.Fatalf("focus %v, filter %q", d.m.focus, d.m.countries.filter.Value())
	}
	d.keys("esc")
	if d.m.focus != paneCountries || d.m.countries.filter.Value() != "" {
		t.Errorf("esc: focus %v, filter %q; want the countries, unfiltered", d.m.focus, d.m.countries.filter.Value())
	}
}

// TestReaderMetaBreaksBetweenParts: no line of the reader's metadata ends
// with a separator.
func TestReaderMetaBreaksBetweenParts(t *testing.T) {
	a := *bundled(t)[0]
	a.Path = "/a/rather/long/folder/of/news/articles/saved/from/the/web/" + a.ID + ".txt"
	for _, w := range []int{20, 40, 60, 80} {
		for _, l := range metaLines(&a, w) {
			if strings.HasSuffix(l, "·") || strings.HasPrefix(l, "·") || ansi.StringWidth(l) > w {
				t.Errorf("at %d: %q", w, l)
			}
		}
	}
}

// TestQuitCancelsSearches: quitting cancels the search still running, and
// the search pane narrows with a searcher of its own.
func TestQuitCancelsSearches(t *testing.T) {
	for _, quitKey := range []string{"ctrl+c"} {
		m := New(testStore(t), Options{})
		step := func(msg tea.Msg) tea.Cmd {
			next, cmd := m.Update(msg)
			m = next.(*Model)
			return cmd
		}
		step(tea.WindowSizeMsg{Width: 80, Height: 24})
		step(press("/"))
		pending := step(press("p"))
		for _, k := range keys(quitKey) {
			step(k)
		}
		var msg tea.Msg = pending()
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				if c != nil {
					if r, ok := c().(searchResultsMsg); ok {
						msg = r
					}
				}
			}
		}
		r, ok := msg.(searchResultsMsg)
		if !ok || !errors.Is(r.err, context.Canceled) {
			t.Errorf("%s: the search typed before quitting ran on: %#v", quitKey, msg)
		}
	}
	if newTestDriver(t, 80, 24).m.search.searcher == nil {
		t.Error("the search pane has no searcher")
	}
}

// TestEscThenKeyAsOne: a terminal sends esc and a key pressed quickly
// after it as one alt+key; where nothing binds that, it is esc, then the
// key. Two quick presses of esc close the find line (and then leave the
// reader).
func TestEscThenKeyAsOne(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("enter /").typ("bel")
	d.send(tea.KeyPressMsg{Code: tea.KeyEscape, Mod: tea.ModAlt})
	if d.m.reader.Typing() || d.m.focus != paneList {
		t.Errorf("esc esc on the find line: typing %v, focus %v; want it closed and the list back", d.m.reader.Typing(), d.m.focus)
	}
	d = newTestDriver(t, 80, 24)
	d.keys("/").typ("potash")
	d.send(tea.KeyPressMsg{Code: 'q', Mod: tea.ModAlt})
	if !d.quit {
		t.Errorf("esc q from the query line did not close the search and quit: focus %v", d.m.focus)
	}
	d = newTestDriver(t, 80, 24)
	d.keys("/").typ("belarus korea").keys("alt+b")
	if d.m.main != paneSearch || d.m.search.input.pos != len("belarus ") {
		t.Errorf("alt+b, which the query line binds, was not a word left: cursor %d", d.m.search.input.pos)
	}
}
