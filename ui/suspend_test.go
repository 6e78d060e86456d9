package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestCtrlZSuspends checks that ctrl+z asks Bubble Tea to suspend the app
// in every state, the query lines and overlays included (it is not text),
// that the help lists it, and that the app draws as before once resumed.
func TestCtrlZSuspends(t *testing.T) {
	for _, tc := range []struct{ name, keys string }{
		{"list", ""},
		{"reader", "enter"},
		{"search line", "/"},
		{"reader find line", "enter /"},
		{"countries filter", "c"},
		{"help", "?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newTestDriver(t, 80, 24)
			d.keys(tc.keys)
			before := d.screen()
			d.keys("ctrl+z")
			if !d.suspended || d.quit {
				t.Fatalf("ctrl+z: suspended %v, quit %v; want suspended", d.suspended, d.quit)
			}
			d.send(tea.ResumeMsg{})
			if d.quit || d.screen() != before {
				t.Errorf("after resuming, quit %v and the screen changed:\n%s\nwas\n%s", d.quit, d.screen(), before)
			}
		})
	}
	d := newTestDriver(t, 120, 40)
	d.keys("?")
	if s := d.screen(); !strings.Contains(s, "ctrl+z") || !strings.Contains(s, "suspend") {
		t.Errorf("the help does not list ctrl+z:\n%s", s)
	}
}
