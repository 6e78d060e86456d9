package ui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
)

// queryInput is a one-line query editor. It stands in for the bubbles
// textinput, which links a clipboard module this project's go.sum does not
// carry; a query line needs little more than typing, deleting and moving.
type queryInput struct {
	keys        *keyMap
	st          *styles
	value       []rune
	pos         int // cursor, in runes
	width       int // columns for the text
	focused     bool
	cut         bool // text was left out past maxQuery since the line was last emptied
	Placeholder string
}

func newQueryInput(km *keyMap, st *styles, placeholder string) queryInput {
	return queryInput{keys: km, st: st, Placeholder: placeholder}
}

// Focus gives the line focus; it returns no command (the cursor does not
// blink).
func (q *queryInput) Focus() tea.Cmd { q.focused = true; return nil }

// Blur takes focus away, keeping the text.
func (q *queryInput) Blur() { q.focused = false }

// Focused reports whether the line has focus.
func (q queryInput) Focused() bool { return q.focused }

// Reset empties the line.
func (q *queryInput) Reset() { q.value, q.pos, q.cut = nil, 0, false }

// cutMessage says that a query was cut, or is "".
func (q *queryInput) cutMessage() string {
	if !q.cut {
		return ""
	}
	return "The query is cut at " + commas(maxQuery) + " characters."
}

// Value returns the text.
func (q queryInput) Value() string { return string(q.value) }

// SetWidth sets how many columns the text may take.
func (q *queryInput) SetWidth(w int) { q.width = max(w, 1) }

// cleanInput keeps a query to one line of printable text, filtered as
// article text is when it loads, so that what the query line holds (and
// the header shows) is what the engine matches against.
func cleanInput(s string) string { return articles.SanitizeLine(s) }

// maxQuery is the most runes a query line holds: a longer paste is cut,
// and the line says so (queryInput.cut).
const maxQuery = 1000

// insert puts text at the cursor, as much as fits under maxQuery. A fresh
// slice each time: earlier models may share the old one.
func (q *queryInput) insert(text string) {
	rs := []rune(cleanInput(text))
	if room := maxQuery - len(q.value); len(rs) > room {
		rs, q.cut = rs[:max(room, 0)], true
	}
	if len(rs) == 0 {
		return
	}
	v := make([]rune, 0, len(q.value)+len(rs))
	v = append(v, q.value[:q.pos]...)
	v = append(v, rs...)
	v = append(v, q.value[q.pos:]...)
	q.value, q.pos = v, q.pos+len(rs)
}

// remove deletes runes [from, to).
func (q *queryInput) remove(from, to int) {
	from, to = max(from, 0), min(to, len(q.value))
	if from >= to {
		return
	}
	v := make([]rune, 0, len(q.value)-(to-from))
	v = append(v, q.value[:from]...)
	v = append(v, q.value[to:]...)
	q.value = v
	if len(v) == 0 {
		q.cut = false
	}
	if q.pos > to {
		q.pos -= to - from
	} else if q.pos > from {
		q.pos = from
	}
}

// wordStart is where the word before the cursor begins.
func (q queryInput) wordStart() int {
	i := q.pos
	for i > 0 && unicode.IsSpace(q.value[i-1]) {
		i--
	}
	for i > 0 && !unicode.IsSpace(q.value[i-1]) {
		i--
	}
	return i
}

// wordEnd is where the word after the cursor ends.
func (q queryInput) wordEnd() int {
	i := q.pos
	for i < len(q.value) && unicode.IsSpace(q.value[i]) {
		i++
	}
	for i < len(q.value) && !unicode.IsSpace(q.value[i]) {
		i++
	}
	return i
}

// Update edits the line. Keys with printable text are typed, whatever they
// are bound to elsewhere.
func (q queryInput) Update(msg tea.Msg) (queryInput, tea.Cmd) {
	if !q.focused {
		return q, nil
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		q.insert(msg.Content)
	case tea.KeyPressMsg:
		e := q.keys.Edit
		switch {
		case key.Matches(msg, e.DeleteBack):
			q.remove(q.pos-1, q.pos)
		case key.Matches(msg, e.DeleteForward):
			q.remove(q.pos, q.pos+1)
		case key.Matches(msg, e.DeleteWord):
			q.remove(q.wordStart(), q.pos)
		case key.Matches(msg, e.DeleteToStart):
			q.remove(0, q.pos)
		case key.Matches(msg, e.DeleteToEnd):
			q.remove(q.pos, len(q.value))
		case key.Matches(msg, e.Left):
			q.pos = max(q.pos-1, 0)
		case key.Matches(msg, e.Right):
			q.pos = min(q.pos+1, len(q.value))
		case key.Matches(msg, e.WordLeft):
			q.pos = q.wordStart()
		case key.Matches(msg, e.WordRight):
			q.pos = q.wordEnd()
		case key.Matches(msg, e.Home):
			q.pos = 0
		case key.Matches(msg, e.End):
			q.pos = len(q.value)
		case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
			q.insert(msg.Text)
		}
	}
	return q, nil
}

// View draws the line, scrolled so the cursor shows, in at most width+1
// columns (the cursor may stand after the text).
func (q queryInput) View() string {
	st := q.st.Input
	if len(q.value) == 0 {
		ph := cut(q.Placeholder, q.width)
		if !q.focused {
			return st.Placeholder.Render(ph)
		}
		if ph == "" {
			return st.Cursor.Render(" ")
		}
		first, _ := ansi.FirstGraphemeCluster(ph, ansi.GraphemeWidth)
		return st.Cursor.Render(first) + st.Placeholder.Render(ph[len(first):])
	}
	// Show the runes [from, to) around the cursor. Each rune is measured
	// once and only near the cursor, so a frame costs the same whatever
	// the length of the query. Measured a rune at a time, a cluster such
	// as a flag counts wide: the window shows a little less, never more.
	room := max(q.width, 1)
	from, used := q.pos, 0
	for from > 0 && q.pos-from < 4*room+8 {
		w := ansi.StringWidth(string(q.value[from-1]))
		if used+w > room-1 {
			break
		}
		from, used = from-1, used+w
	}
	to := from
	for used = 0; to < len(q.value) && to-from < 4*room+8; to++ {
		w := ansi.StringWidth(string(q.value[to]))
		if used+w > room {
			break
		}
		used += w
	}
	if !q.focused {
		return st.Text.Render(string(q.value[from:to]))
	}
	var b strings.Builder
	b.WriteString(st.Text.Render(string(q.value[from:q.pos])))
	if q.pos < len(q.value) {
		b.WriteString(st.Cursor.Render(string(q.value[q.pos])))
		if q.pos+1 < to {
			b.WriteString(st.Text.Render(string(q.value[q.pos+1 : to])))
		}
	} else {
		b.WriteString(st.Cursor.Render(" "))
	}
	return b.String()
}

// inputStyle is how a query line is drawn.
type inputStyle struct {
	Text        lipgloss.Style
	Placeholder lipgloss.Style
	Cursor      lipgloss.Style
}
