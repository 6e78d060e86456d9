package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// selection is the selected row of a list and the first row on screen. Only
// rows top..top+visible are ever drawn, so drawing costs the same whatever
// the length of the list.
type selection struct {
	sel, top int
}

// clamp keeps the selection inside n rows and on screen.
func (s *selection) clamp(n, visible int) {
	visible = max(visible, 1)
	s.sel = min(max(s.sel, 0), max(n-1, 0))
	if s.sel < s.top {
		s.top = s.sel
	}
	if s.sel >= s.top+visible {
		s.top = s.sel - visible + 1
	}
	s.top = min(max(s.top, 0), max(n-visible, 0))
}

// moveTo selects row i.
func (s *selection) moveTo(i, n, visible int) {
	s.sel = i
	s.clamp(n, visible)
}

// scroll moves the rows on screen by delta without moving the selection
// off screen (the mouse wheel).
func (s *selection) scroll(delta, n, visible int) {
	visible = max(visible, 1)
	s.top = min(max(s.top+delta, 0), max(n-visible, 0))
	s.sel = min(max(s.sel, s.top), s.top+visible-1)
	s.clamp(n, visible)
}

// handleMove applies a movement key; it reports whether msg was one. Only
// the enabled bindings match (see keyMap).
func (s *selection) handleMove(km *keyMap, msg tea.KeyPressMsg, n, visible int) bool {
	m := km.Move
	switch {
	case key.Matches(msg, m.Up, m.VimUp):
		s.moveTo(s.sel-1, n, visible)
	case key.Matches(msg, m.Down, m.VimDown):
		s.moveTo(s.sel+1, n, visible)
	case key.Matches(msg, m.Top):
		s.moveTo(0, n, visible)
	case key.Matches(msg, m.Bottom):
		s.moveTo(n-1, n, visible)
	case key.Matches(msg, m.PageUp):
		s.moveTo(s.sel-visible, n, visible)
	case key.Matches(msg, m.PageDown):
		s.moveTo(s.sel+visible, n, visible)
	case key.Matches(msg, m.HalfPageUp):
		s.moveTo(s.sel-max(visible/2, 1), n, visible)
	case key.Matches(msg, m.HalfPageDown):
		s.moveTo(s.sel+max(visible/2, 1), n, visible)
	default:
		return false
	}
	return true
}
