package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
)

// runAll runs a command and the commands of its batches, and returns their
// messages.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// TestLongArticleWrapsInTheBackground: opening a long article lays out a
// screen of it; the rest is wrapped by a command, whose layout is the one
// a whole wrap makes, and G pressed before it is done goes to the end when
// it is.
func TestLongArticleWrapsInTheBackground(t *testing.T) {
	for _, onePara := range []bool{false, true} {
		t.Run(fmt.Sprintf("one paragraph %v", onePara), func(t *testing.T) {
			a := longArticle(1<<20, onePara)
			m := New(store.New([]*articles.Article{a}), Options{})
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			_, cmd := m.Update(press("enter"))
			r := m.reader
			if r.done || len(r.lines) > 4*r.bodyHeight() {
				t.Fatalf("opening laid out %d lines (done %v), want about a screen", len(r.lines), r.done)
			}
			if s := screenOf(m); !strings.Contains(s, "A very long article") || !strings.Contains(s, "wrapping…") {
				t.Errorf("the first screen:\n%s", s)
			}
			m.Update(press("G"))
			var laid []tea.Msg
			for _, msg := range runAll(cmd) {
				if _, ok := msg.(laidOutMsg); ok {
					laid = append(laid, msg)
				}
			}
			if len(laid) != 1 {
				t.Fatalf("%d layouts came back, want 1", len(laid))
			}
			m.Update(laid[0])
			whole := newReaderLayout(a, nil, r.textW)
			whole.layAll()
			if !r.done || len(r.lines) != len(whole.lines) {
				t.Fatalf("after the background wrap: done %v, %d lines, want %d", r.done, len(r.lines), len(whole.lines))
			}
			for i := range whole.lines {
				if r.lines[i].text != whole.lines[i].text || r.lines[i].block != whole.lines[i].block {
					t.Fatalf("line %d: %q, want %q", i, r.lines[i].text, whole.lines[i].text)
				}
			}
			if r.position() != "end" {
				t.Errorf("G before the wrap was done: at %q, want the end", r.position())
			}
		})
	}
}

// TestLongArticleLazyLinesMatchWhole: however far a layout has been
// extended, screen by screen, its lines are those of a whole wrap.
func TestLongArticleLazyLinesMatchWhole(t *testing.T) {
	a := longArticle(256<<10, true)
	whole := newReaderLayout(a, nil, 37)
	whole.layAll()
	lazy := newReaderLayout(a, nil, 37)
	for n := 1; !lazy.done; n += 23 {
		lazy.extend(n)
	}
	if len(lazy.lines) != len(whole.lines) {
		t.Fatalf("%d lines by screens, %d at once", len(lazy.lines), len(whole.lines))
	}
	for i := range whole.lines {
		if l, w := lazy.lines[i], whole.lines[i]; l.text != w.text || l.block != w.block || l.start != w.start || l.end != w.end || l.kind != w.kind {
			t.Fatalf("line %d: %+v, want %+v", i, lazy.lines[i], whole.lines[i])
		}
	}
}

// TestLongArticleEverySize resizes the reader on a long article, before
// and after its background wrap, through every width.
func TestLongArticleEverySize(t *testing.T) {
	a := longArticle(256<<10, false)
	d := newDriver(t, New(store.New([]*articles.Article{a}), Options{}), 120, 40)
	d.keys("enter ctrl+d ctrl+d")
	for w := 1; w <= 300; w += 7 {
		d.send(tea.WindowSizeMsg{Width: w, Height: 30})
		checkFits(t, d.m, w, 30, "long reader")
	}
}
