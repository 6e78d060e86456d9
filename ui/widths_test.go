package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestAsWcWidth(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ASCII and borders", "│ plain text │", "│ plain text │"},
		{"CJK, flags, accents", "東京 🇧🇾 Việt │", "東京 🇧🇾 Việt │"},
		{"family: its first emoji", "a👨\u200d👩\u200d👧b", "a👨b"},
		{"heart with VS16: the heart and a space", "❤\ufe0f│", "❤ │"},
		{"keycap: the digit under its keycap", "1\ufe0f\u20e3│", "1\u20e3 │"},
		{"skin tones", "👍🏽 👩🏽\u200d💻│", "👍 👩│"},
		{"a lone regional indicator", "🇧│", "\ufffd │"},
		{"styling kept", "\x1b[1m👨\u200d👩\u200d👧\x1b[0m x", "\x1b[1m👨\x1b[0m x"},
		{"spacing marks are left alone", "कि │", "कि │"},
		{"a flag's tag sequence agrees", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f│", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f│"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := asWcWidth(tt.in)
			if got != tt.want {
				t.Errorf("asWcWidth(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !strings.Contains(tt.name, "spacing") && (ansi.StringWidthWc(got) != ansi.StringWidth(tt.in) || ansi.StringWidth(got) != ansi.StringWidth(tt.in)) {
				t.Errorf("asWcWidth(%q): widths %d (wcwidth) and %d, want both %d", tt.in, ansi.StringWidthWc(got), ansi.StringWidth(got), ansi.StringWidth(tt.in))
			}
		})
	}
}

// TestFrameForTheTerminalsWidths checks that the app draws emoji for a
// terminal that measures by wcwidth until the terminal reports grapheme
// support (mode 2027), and draws them whole after.
func TestFrameForTheTerminalsWidths(t *testing.T) {
	d := newTestDriver(t, 100, 24)
	d.keys("/").send(pasteMsg("👨\u200d👩\u200d👧"))
	for _, line := range strings.Split(d.m.View().Content, "\n") {
		if ansi.StringWidthWc(line) != ansi.StringWidth(line) {
			t.Errorf("a line the terminal measures as %d columns and the layout as %d: %q", ansi.StringWidthWc(line), ansi.StringWidth(line), line)
		}
	}
	if strings.Contains(d.m.View().Content, "\u200d") {
		t.Error("the frame holds a ZWJ sequence before the terminal reported grapheme support")
	}
	d.send(tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeReset})
	if !strings.Contains(d.m.View().Content, "👨\u200d👩\u200d👧") {
		t.Error("the frame lacks the family after the terminal reported grapheme support")
	}
}

// BenchmarkAsWcWidth rewrites a full 160×50 frame of the bundled corpus,
// whose countries pane holds flags, so that every frame takes the slow path.
func BenchmarkAsWcWidth(b *testing.B) {
	d := newTestDriver(b, 160, 50)
	d.m.graphemes = true
	frame := d.m.View().Content
	b.SetBytes(int64(len(frame)))
	b.ReportAllocs()
	for b.Loop() {
		asWcWidth(frame)
	}
}
