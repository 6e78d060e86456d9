// Package pen writes text in lipgloss styles a run at a time. A chart
// changes style hundreds of times a frame; rendering each piece through
// lipgloss costs more than the whole chart, so a style is turned once into
// the escape sequences before and after its text, and a line writes them
// only where the style changes. It suits styles that set only colours and
// attributes, not padding, borders or widths.
package pen

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Pen is a style as the sequences before and after its text.
type Pen struct{ pre, post string }

// New turns a style into a pen.
func New(st lipgloss.Style) Pen {
	out := st.Render("\x00")
	i := strings.IndexByte(out, 0)
	if i < 0 {
		return Pen{}
	}
	return Pen{pre: out[:i], post: out[i+1:]}
}

// Line is a line written in runs of pens. The zero value is empty.
type Line struct {
	b   strings.Builder
	cur *Pen
}

// Reset empties the line.
func (l *Line) Reset() {
	l.b.Reset()
	l.cur = nil
}

func (l *Line) use(p *Pen) {
	if p == l.cur {
		return
	}
	if l.cur != nil {
		l.b.WriteString(l.cur.post)
	}
	l.cur = p
	if p != nil {
		l.b.WriteString(p.pre)
	}
}

// WriteString writes s with p; a nil pen writes it plain.
func (l *Line) WriteString(p *Pen, s string) {
	l.use(p)
	l.b.WriteString(s)
}

// WriteRune writes r with p; a nil pen writes it plain.
func (l *Line) WriteRune(p *Pen, r rune) {
	l.use(p)
	l.b.WriteRune(r)
}

// Repeat writes s n times with p.
func (l *Line) Repeat(p *Pen, s string, n int) {
	l.use(p)
	for range n {
		l.b.WriteString(s)
	}
}

// String ends the line's last run and returns the line.
func (l *Line) String() string {
	l.use(nil)
	return l.b.String()
}
