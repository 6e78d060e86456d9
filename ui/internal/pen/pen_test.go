package pen

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestLine(t *testing.T) {
	bold, faint := New(lipgloss.NewStyle().Bold(true)), New(lipgloss.NewStyle().Faint(true))
	var l Line
	l.WriteString(&bold, "ab")
	l.WriteRune(&bold, 'c')
	l.WriteString(nil, " ")
	l.Repeat(&faint, "─", 3)
	got := l.String()
	want := lipgloss.NewStyle().Bold(true).Render("abc") + " " + lipgloss.NewStyle().Faint(true).Render("───")
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if ansi.Strip(got) != "abc ───" {
		t.Errorf("text %q", ansi.Strip(got))
	}
	l.Reset()
	l.WriteString(nil, "x")
	if l.String() != "x" {
		t.Errorf("after Reset %q", l.String())
	}
	if p := New(lipgloss.NewStyle()); p != (Pen{}) {
		t.Errorf("the plain style's pen %q", p)
	}
}
