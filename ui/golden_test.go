package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The goldens are the screens without styles, in testdata/TestGolden/.
// Rewrite them with `go test ./ui -run TestGolden -update`: the -update
// flag is the one Charm's golden package defines (teatest links it into
// this test binary, so a second flag.Bool("update") would panic).
func TestGolden(t *testing.T) {
	panes := []struct {
		name string
		keys string
		text string
	}{
		{"list", "", ""},
		{"reader", "G enter", ""}, // the UN article: it has headings
		{"search", "/", "potash"},
		{"countries", "c", ""},
		{"help", "?", ""},
	}
	sizes := [][2]int{{80, 24}, {120, 40}, {160, 40}}
	for _, p := range panes {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", p.name, sz[0], sz[1]), func(t *testing.T) {
				d := newTestDriver(t, sz[0], sz[1])
				d.keys(p.keys).typ(p.text)
				golden.RequireEqual(t, d.screen())
			})
		}
	}
}

// TestStyledGolden keeps the styled screens, escape sequences and all, for
// a light and a dark terminal and for NO_COLOR, in
// testdata/TestStyledGolden/: a palette change shows in review.
func TestStyledGolden(t *testing.T) {
	screens := []struct{ name, keys, text string }{
		{"list", "", ""},
		{"reader", "enter / ", "belarus"},
		{"search", "/", "potash"},
	}
	for _, theme := range []struct {
		name    string
		isDark  bool
		noColor bool
	}{{"light", false, false}, {"dark", true, false}, {"nocolor", true, true}} {
		for _, s := range screens {
			t.Run(theme.name+"_"+s.name, func(t *testing.T) {
				m := New(testStore(t), Options{})
				m.noColor = theme.noColor
				m.setStyles(newStyles(theme.isDark, theme.noColor))
				d := newDriver(t, m, 80, 24)
				d.keys(s.keys).typ(s.text)
				golden.RequireEqual(t, d.m.View().Content)
			})
		}
	}
}
