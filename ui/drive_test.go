package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// press returns the key press a terminal sends for a key named as
// msg.String() names it: "enter", "ctrl+c", "shift+tab", "space", "j", "G".
func press(name string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"delete": tea.KeyDelete,
	}
	var mod tea.KeyMod
	base := name
	for {
		switch {
		case strings.HasPrefix(base, "ctrl+"):
			mod |= tea.ModCtrl
			base = base[len("ctrl+"):]
			continue
		case strings.HasPrefix(base, "alt+"):
			mod |= tea.ModAlt
			base = base[len("alt+"):]
			continue
		case strings.HasPrefix(base, "shift+"):
			mod |= tea.ModShift
			base = base[len("shift+"):]
			continue
		}
		break
	}
	if code, ok := special[base]; ok {
		return tea.KeyPressMsg{Code: code, Mod: mod}
	}
	if base == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " ", Mod: mod}
	}
	r := []rune(base)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	return tea.KeyPressMsg{Code: r, Text: base}
}

// typed returns the key presses that type s.
func typed(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// keys returns key presses for names separated by spaces: "j j enter".
func keys(names string) []tea.Msg {
	var out []tea.Msg
	for _, n := range strings.Fields(names) {
		out = append(out, press(n))
	}
	return out
}

// driver runs a Model the way tea.Program does, but synchronously: every
// command a message returns is run at once and its message fed back, so a
// test sees the state after all the work a key started.
type driver struct {
	tb        testing.TB
	m         *Model
	quit      bool
	suspended bool // asked for tea.Suspend
}

func newDriver(tb testing.TB, m *Model, w, h int) *driver {
	d := &driver{tb: tb, m: m}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers messages in order, running the commands they return.
func (d *driver) send(msgs ...tea.Msg) *driver {
	d.tb.Helper()
	for _, msg := range msgs {
		next, cmd := d.m.Update(msg)
		d.m = next.(*Model)
		d.run(cmd)
	}
	return d
}

// run runs a command and feeds its messages back.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.SuspendMsg:
		d.suspended = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		d.send(msg)
	}
}

// keys sends key presses named as in keys().
func (d *driver) keys(names string) *driver {
	d.tb.Helper()
	return d.send(keys(names)...)
}

// typ types text.
func (d *driver) typ(s string) *driver {
	d.tb.Helper()
	return d.send(typed(s)...)
}

// screen is the view without styles.
func (d *driver) screen() string { return screenOf(d.m) }

func screenOf(m *Model) string {
	return stripANSI(m.View().Content)
}

func TestPressNames(t *testing.T) {
	for _, name := range []string{"enter", "esc", "tab", "shift+tab", "ctrl+c", "ctrl+u", "space", "j", "G", "?", "[", "pgdown", "alt+backspace"} {
		if got := press(name).String(); got != name {
			t.Errorf("press(%q).String() = %q", name, got)
		}
	}
}
