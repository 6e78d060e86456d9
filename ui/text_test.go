package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/store"
)

func TestWrapSpans(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"", 10, []string{""}},
		{"one two three", 20, []string{"one two three"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"one two three", 3, []string{"one", "two", "thr", "ee"}},
		{"  lead and trail  ", 8, []string{"lead and", "trail"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"東京で会議", 4, []string{"東京", "で会", "議"}},
		{"a 東京", 3, []string{"a", "東", "京"}},
		{"🇧🇾 Belarus", 3, []string{"🇧🇾", "Bel", "aru", "s"}},
		{"line\nbreak here", 20, []string{"line", "break here"}},
		{"wide 😀😀 ok", 1, []string{"w", "i", "d", "e", "😀", "😀", "o", "k"}},
	}
	for _, tc := range tests {
		spans := wrapSpans(tc.text, tc.width)
		var got []string
		runes := []rune(tc.text)
		for _, s := range spans {
			got = append(got, s.text)
			if string(runes[s.start:s.end]) != s.text {
				t.Errorf("wrap(%q, %d): span [%d,%d) is %q, text %q", tc.text, tc.width, s.start, s.end, string(runes[s.start:s.end]), s.text)
			}
			if w := ansi.StringWidth(s.text); w > tc.width && len([]rune(s.text)) > 1 {
				t.Errorf("wrap(%q, %d): line %q is %d wide", tc.text, tc.width, s.text, w)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}

func TestPaint(t *testing.T) {
	hi := lipgloss.NewStyle().Bold(true)
	base := lipgloss.NewStyle()
	tests := []struct {
		text  string
		marks []mark
		want  string // marked runes in [brackets], after styles are swapped for brackets
	}{
		{"Belarus and Việt Nam", []mark{{0, 7, hi}, {12, 20, hi}}, "[Belarus] and [Việt Nam]"},
		{"東京で会議", []mark{{2, 3, hi}}, "東京[で]会議"},
		{"short", []mark{{3, 99, hi}}, "sho[rt]"},
		{"overlap", []mark{{0, 4, hi}, {2, 6, hi}}, "[over][la]p"},
		{"none", nil, "none"},
	}
	for _, tc := range tests {
		out := paint(tc.text, base, tc.marks)
		got := strings.NewReplacer("\x1b[1m", "[", "\x1b[m", "]", "\x1b[0m", "]").Replace(out)
		if got != tc.want {
			t.Errorf("paint(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if ansi.Strip(out) != tc.text {
			t.Errorf("paint(%q) changed the text: %q", tc.text, ansi.Strip(out))
		}
	}
}

func TestClipAround(t *testing.T) {
	sentence := "The foreign minister criticized neighboring Lithuania for blocking transit routes that Belarus traditionally used to ship potash fertilizer to the global South."
	i := strings.Index(sentence, "potash")
	ranges := []store.Range{{Start: i, End: i + 6}}
	for _, w := range []int{1, 5, 10, 20, 40, 64, 200} {
		text, rs := clipAround(sentence, ranges, w)
		if tw := ansi.StringWidth(text); tw > w {
			t.Errorf("w=%d: %q is %d wide", w, text, tw)
		}
		if w >= 20 {
			if len(rs) != 1 || string([]rune(text)[rs[0].Start:rs[0].End]) != "potash" {
				t.Errorf("w=%d: the highlight is not on potash in %q: %v", w, text, rs)
			}
		}
	}
	// A highlight already in view leaves the start alone.
	text, rs := clipAround("potash and more", []store.Range{{Start: 0, End: 6}}, 10)
	if !strings.HasPrefix(text, "potash") || rs[0] != (store.Range{Start: 0, End: 6}) {
		t.Errorf("clipAround moved a visible highlight: %q %v", text, rs)
	}
}

func TestCommas(t *testing.T) {
	for n, want := range map[int]string{0: "0", 12: "12", 999: "999", 1000: "1,000", 2095: "2,095", 100000: "100,000", 1234567: "1,234,567", -4321: "-4,321"} {
		if got := commas(n); got != want {
			t.Errorf("commas(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestFitAndFrame(t *testing.T) {
	for _, s := range []string{"", "plain", "東京で会議です", "🇧🇾 Belarus", lipgloss.NewStyle().Bold(true).Render("styled text here")} {
		for w := 0; w <= 12; w++ {
			if got := ansi.StringWidth(fit(s, w)); got != w {
				t.Errorf("fit(%q, %d) is %d wide", s, w, got)
			}
		}
	}
	st := newStyles(true, false)
	for w := 1; w <= 12; w++ {
		for h := 1; h <= 4; h++ {
			lines := frame(st, "A long title", "9/9", []string{"東京で会議です", "x"}, w, h, true)
			if len(lines) != h {
				t.Fatalf("frame %d×%d: %d lines", w, h, len(lines))
			}
			for _, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("frame %d×%d: line %q is %d wide", w, h, ansi.Strip(l), got)
				}
			}
		}
	}
}

func TestQueryInput(t *testing.T) {
	q := newQueryInput(defaultKeyMap(), newStyles(true, false), "ph")
	q.Focus()
	q.SetWidth(10)
	send := func(names ...string) {
		for _, n := range names {
			q, _ = q.Update(press(n))
		}
	}
	for _, m := range typed("korea trade") {
		q, _ = q.Update(m)
	}
	send("left", "left", "backspace")
	if q.Value() != "korea trde" {
		t.Errorf("after left left backspace: %q", q.Value())
	}
	send("ctrl+a", "delete", "ctrl+e", "ctrl+w")
	if q.Value() != "orea " {
		t.Errorf("after ctrl+a delete ctrl+e ctrl+w: %q", q.Value())
	}
	q, _ = q.Update(pasteMsg("東京\nline"))
	if q.Value() != "orea 東京 line" {
		t.Errorf("paste: %q", q.Value())
	}
	if w := ansi.StringWidth(q.View()); w > 11 {
		t.Errorf("view is %d wide: %q", w, ansi.Strip(q.View()))
	}
	send("ctrl+u")
	if q.Value() != "" {
		t.Errorf("ctrl+u: %q", q.Value())
	}
	q.Blur()
	send("x")
	if q.Value() != "" {
		t.Error("a blurred input took a key")
	}
}

func pasteMsg(s string) tea.PasteMsg { return tea.PasteMsg{Content: s} }

// TestLongQueryIsCut: a paste longer than maxQuery is cut to it, the
// search line says so, and the line drawn fits its width wherever the
// cursor is.
func TestLongQueryIsCut(t *testing.T) {
	d := newTestDriver(t, 80, 24)
	d.keys("/").send(pasteMsg(strings.Repeat("belarus ", 400)))
	if n := len(d.m.search.input.value); n != maxQuery {
		t.Fatalf("the query holds %d runes, want %d", n, maxQuery)
	}
	if s := d.screen(); !strings.Contains(s, "cut at 1,000 characters") {
		t.Errorf("no word of the cut:\n%s", s)
	}
	d.keys("ctrl+u")
	if s := d.screen(); strings.Contains(s, "cut at") {
		t.Errorf("the cut is still said after the line was emptied:\n%s", s)
	}
	q := newQueryInput(defaultKeyMap(), newStyles(true, false), "")
	q.SetWidth(30)
	q.Focus()
	q.insert(strings.Repeat("東京 and 🇧🇾 ", 50))
	for pos := 0; pos <= len(q.value); pos += 7 {
		q.pos = pos
		if w := ansi.StringWidth(q.View()); w > 31 {
			t.Errorf("cursor at %d: the line is %d wide", pos, w)
		}
	}
}
