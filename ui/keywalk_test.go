package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// walkState puts the app in one state of one pane. mid says the selection
// or the scroll position is away from both ends, so that every movement
// key must act.
type walkState struct {
	name  string
	keys  string
	text  string
	after string
	opts  Options
	mid   bool
}

var walkStates = []walkState{
	{name: "list", keys: "j j", mid: true},
	{name: "list at the top"},
	{name: "list filtered", keys: "c", text: "china", after: "enter"},
	{name: "search typing", keys: "/", text: "bel", after: "down"},
	{name: "search typing, nothing typed", keys: "/"},
	{name: "search results", keys: "/", text: "bel", after: "down enter esc", mid: true},
	{name: "search filtered", keys: "c", text: "china", after: "enter /"},
	{name: "reader", keys: "j j enter ctrl+d", mid: true},
	{name: "reader with hits", keys: "j j enter /", text: "belarus", after: "enter"},
	{name: "reader find typing", keys: "j j enter /", text: "bel"},
	{name: "reader from search", keys: "/", text: "korea", after: "enter"},
	{name: "countries", keys: "c"},
	{name: "countries mid", keys: "c down down", mid: true},
	{name: "countries filtered", keys: "c", text: "a"},
	{name: "countries filter matches nothing", keys: "c", text: "zzz"},
	{name: "help open", keys: "?"},
	{name: "help open over the reader", keys: "enter ?"},
	{name: "skipped open", keys: "! j j", opts: Options{Skipped: walkSkipped(40)}, mid: true},
	{name: "help over skipped", keys: "! ?", opts: Options{Skipped: walkSkipped(2)}},
	{name: "map", keys: "M"},
	{name: "map filter", keys: "M /", text: "a"},
	{name: "map together", keys: "M tab", after: "down", mid: true},
	{name: "help over the map", keys: "M ?"},
	{name: "timeline", keys: "T", after: "left", mid: true},
	{name: "timeline of the map", keys: "M T"},
}

func walkSkipped(n int) []Skipped {
	out := make([]Skipped, n)
	for i := range out {
		out[i] = Skipped{Path: fmt.Sprintf("bad/%02d.txt", i), Reason: "empty file"}
	}
	return out
}

// walkKeys is every key the walk presses: those of the table and every
// other key a keyboard sends.
func walkKeys(km *keyMap) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, r := range km.table {
		for _, k := range r.b.Keys() {
			add(k)
		}
	}
	for _, r := range "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" {
		add(string(r))
	}
	for _, r := range "abcdefghijklmnopqrstuvwxyz" {
		add("ctrl+" + string(r))
		add("alt+" + string(r))
	}
	for _, k := range []string{"enter", "esc", "tab", "shift+tab", "space", "backspace", "delete", "up", "down", "left", "right",
		"home", "end", "pgup", "pgdown", "shift+up", "shift+down", "alt+enter", "ctrl+space"} {
		add(k)
	}
	return out
}

// walkSnapshot is what a key can change that a user sees: the styled
// frame (a selection shows only in its style) and whether the app quit.
type walkSnapshot struct {
	frame     string
	quit      bool
	suspended bool
}

func snapshot(d *driver) walkSnapshot { return walkSnapshot{d.m.View().Content, d.quit, d.suspended} }

// TestKeyTableWalk walks every pane and state at a narrow, a middling and a
// wide size and presses every key: a key that changes what the user sees
// must be one the help shows there (the bindings enabled), unless a query
// line has focus and the key is text for it; and every binding the help
// shows must do something there (movement and editing keys only where
// there is room to move).
func TestKeyTableWalk(t *testing.T) {
	st := testStore(t)
	sizes := [][2]int{{80, 24}, {120, 40}, {160, 40}}
	if testing.Short() {
		sizes = sizes[:1]
	}
	build := func(tb testing.TB, s walkState, w, h int) *driver {
		d := newDriver(tb, New(st, s.opts), w, h)
		d.keys(s.keys).typ(s.text).keys(s.after)
		return d
	}
	for _, sz := range sizes {
		for _, s := range walkStates {
			t.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], s.name), func(t *testing.T) {
				base := build(t, s, sz[0], sz[1])
				before := snapshot(base)
				typing := base.m.top().Typing()
				enabled := map[string]bool{}
				shown := map[string][]string{} // keys by the binding's help
				km := base.m.keys
				moves := map[*key.Binding]bool{&km.Search.Next: true, &km.Search.Prev: true, &km.Reader.PageUp: true, &km.Reader.PageDown: true}
				for _, r := range km.table {
					if !r.b.Enabled() {
						continue
					}
					for _, k := range r.b.Keys() {
						enabled[k] = true
					}
					// Movement needs room to move; editing, text to edit.
					if r.group == groupEdit || (r.group == groupMove || moves[r.b]) && !s.mid {
						continue
					}
					shown[r.b.Help().Key+" "+r.b.Help().Desc+" ("+r.group+")"] = r.b.Keys()
				}
				acted := map[string]bool{}
				for _, k := range walkKeys(base.m.keys) {
					d := build(t, s, sz[0], sz[1])
					msg := press(k)
					d.send(msg)
					if snapshot(d) == before {
						continue
					}
					acted[k] = true
					if enabled[k] {
						continue
					}
					if typing && msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0 {
						continue // text for the query line
					}
					if plain, ok := strings.CutPrefix(k, "alt+"); ok && (enabled["esc"] || enabled[plain] || typing) {
						continue // esc, then the key (Model.afterEsc)
					}
					t.Errorf("%q acts, but the help does not show it:\nbefore:\n%s\nafter:\n%s", k, base.screen(), d.screen())
				}
				for help, ks := range shown {
					if !slices.ContainsFunc(ks, func(k string) bool { return acted[k] }) {
						t.Errorf("the help shows %q, but none of %q does anything:\n%s", help, ks, base.screen())
					}
				}
			})
		}
	}
}

// TestFooterShowsOnlyEnabledKeys: every entry of the footer stands for
// bindings that act, in every state of the walk.
func TestFooterShowsOnlyEnabledKeys(t *testing.T) {
	st := testStore(t)
	for _, s := range walkStates {
		d := newDriver(t, New(st, s.opts), 200, 40)
		d.keys(s.keys).typ(s.text).keys(s.after)
		enabled := map[string]bool{}
		for _, r := range d.m.keys.table {
			for _, k := range r.b.Keys() {
				enabled[k] = enabled[k] || r.b.Enabled()
			}
		}
		items, right := d.m.footerItems()
		for _, b := range append(items, right...) {
			for _, k := range b.Keys() {
				if !enabled[k] {
					t.Errorf("%s: the footer shows %q %q, but %q is not enabled", s.name, b.Help().Key, b.Help().Desc, k)
				}
			}
		}
	}
}
