package ui

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/store"
)

// robustStore is the bundled corpus plus an article of wide characters.
func robustStore(tb testing.TB) *store.Store {
	tb.Helper()
	return store.New(append(bundled(tb), wideArticle()))
}

// checkFits fails when the view has more lines than h or a line wider
// than w.
func checkFits(tb testing.TB, m *Model, w, h int, what string) {
	tb.Helper()
	content := m.View().Content
	if content == "" {
		return
	}
	lines := strings.Split(content, "\n")
	if len(lines) > h {
		tb.Fatalf("%s at %d×%d: %d lines", what, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			tb.Fatalf("%s at %d×%d: line %d is %d wide: %q", what, w, h, i, lw, ansi.Strip(l))
		}
	}
}

// robustSetups put the app in each of its states.
var robustSetups = []struct {
	name string
	keys string
	text string
}{
	{"list", "", ""},
	{"reader", "enter", ""},              // the wide article is the newest
	{"reader-find", "enter /", "会談"},     // hits in CJK text
	{"reader-scrolled", "j enter G", ""}, // the end of an article
	{"search", "/", "bel"},               //
	{"search-results", "/", "kore"},      // then tab to the results below
	{"countries", "c", "a"},              // a filter
	{"help", "?", ""},                    //
	{"skipped", "!", ""},                 //
	{"chosen", "c down enter", ""},       // a country chosen: the header shows it
	{"search-wide", "/", "東京で日韓首脳会談 🇯🇵"}, // a query wider than a narrow pane
	{"map", "M", ""},                     //
	{"map-filter", "M /", "a"},           // the filter line open
	{"map-together", "M tab", ""},        // the together list has the keys
	{"timeline", "T", ""},                //
	{"timeline-of-map", "M T", ""},       // the selected country's
}

func TestEverySizeFits(t *testing.T) {
	st := robustStore(t)
	opts := Options{Skipped: []Skipped{{Path: "dir/" + strings.Repeat("長い名前", 30) + ".txt", Reason: "not text (NUL byte)"}}}
	heights := []int{1, 2, 4, 5, 6, 24, 100}
	widths := []int{1, 19, 20, 21, 40, 80, 99, 100, 139, 140, 300}
	step := 1
	if testing.Short() {
		// The race detector makes every frame several times dearer; the
		// plain pass covers every width, this one the edges and a spread.
		heights, widths, step = []int{1, 5, 24}, []int{1, 20, 80, 140}, 7
	}
	var sizes [][2]int
	for w := 1; w <= 300; w++ {
		if w > 41 && w%step != 0 && !slices.Contains(widths, w) {
			continue
		}
		for _, h := range heights {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for h := 1; h <= 100; h++ {
		for _, w := range widths {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for _, s := range robustSetups {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, New(st, opts), 120, 40)
			d.keys(s.keys).typ(s.text)
			for _, sz := range sizes {
				d.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				checkFits(t, d.m, sz[0], sz[1], s.name)
			}
			// And it still works at a normal size after all that.
			d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
			checkFits(t, d.m, 80, 24, s.name)
			if !strings.Contains(d.screen(), "dateline") {
				t.Errorf("no header at 80×24 after the sizes:\n%s", d.screen())
			}
		})
	}
}

func TestTooSmallIsOneLine(t *testing.T) {
	for _, sz := range [][2]int{{1, 1}, {19, 24}, {80, 4}, {10, 2}} {
		d := newTestDriver(t, sz[0], sz[1])
		s := d.screen()
		if strings.Contains(s, "\n") || !strings.HasPrefix(tooSmallMessage, strings.TrimSuffix(s, "…")) {
			t.Errorf("%v: %q", sz, s)
		}
	}
}

// TestResizeStorm interleaves resizes with keystrokes and delivers the
// search results late, out of order and after further resizes.
func TestResizeStorm(t *testing.T) {
	st := robustStore(t)
	rng := rand.New(rand.NewPCG(1, 2))
	m := New(st, Options{})
	var pending []tea.Cmd
	step := func(msg tea.Msg) {
		next, cmd := m.Update(msg)
		m = next.(*Model)
		if cmd != nil {
			pending = append(pending, cmd)
		}
	}
	deliver := func(cmd tea.Cmd) {
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					pending = append(pending, c)
				}
			}
		case tea.QuitMsg, nil:
		default:
			step(msg)
		}
	}
	step(tea.WindowSizeMsg{Width: 100, Height: 30})
	script := []tea.Msg{press("/")}
	for _, r := range "belarus korea potash" {
		script = append(script, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	script = append(script, keys("backspace backspace enter / n N ] [ esc tab down down enter G esc c down enter tab /")...)
	script = append(script, typed("viet")...)
	w, h := 100, 30
	for i, msg := range script {
		for range rng.IntN(4) {
			w, h = 1+rng.IntN(220), 1+rng.IntN(70)
			step(tea.WindowSizeMsg{Width: w, Height: h})
			checkFits(t, m, w, h, "storm")
		}
		step(msg)
		checkFits(t, m, w, h, "storm")
		// Deliver some of the pending results, in random order.
		for len(pending) > 0 && rng.IntN(3) > 0 {
			j := rng.IntN(len(pending))
			cmd := pending[j]
			pending = append(pending[:j], pending[j+1:]...)
			deliver(cmd)
			checkFits(t, m, w, h, "storm")
		}
		_ = i
	}
	for len(pending) > 0 {
		cmd := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		deliver(cmd)
	}
	step(tea.WindowSizeMsg{Width: 120, Height: 40})
	checkFits(t, m, 120, 40, "storm")
	if (m.main == paneSearch) && m.search.results != nil && !m.search.fresh() {
		t.Errorf("after every result arrived, the results shown are stale: seq %d, shown %d", m.search.seq, m.search.resultsSeq)
	}
}
