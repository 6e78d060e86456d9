package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// The app lays out by grapheme clusters: lipgloss, and every width here,
// count 👨‍👩‍👧 (a ZWJ sequence) and ❤️ (a heart with VS16) as two columns.
// A terminal that does not report grapheme support (mode 2027) moves its
// cursor by wcwidth instead, rune by rune: six columns for the family, one
// for the heart, and every border after them on the row lands off its
// place. Bubble Tea's renderer measures as the terminal does. So, for such
// a terminal, the finished frame is rewritten cluster by cluster: a
// cluster whose two widths disagree becomes text whose wcwidth is the
// width the layout gave it, and the frame is then the same width whichever
// way it is measured.
//
// Only emoji are rewritten. Where a script's spacing marks part the two
// widths (कि is one cluster of one column, or two by wcwidth), nothing
// that keeps the text fits the column the layout gave it, so such text is
// left as it is.

// asWcWidth rewrites frame (text and escape sequences) so that its wcwidth
// equals its grapheme width, leaving alone every cluster on which the two
// agree.
func asWcWidth(frame string) string {
	if !mayDisagree(frame) {
		return frame
	}
	var b strings.Builder
	b.Grow(len(frame))
	for len(frame) > 0 {
		esc := strings.IndexByte(frame, ansi.ESC)
		if esc < 0 {
			b.WriteString(wcText(frame))
			break
		}
		b.WriteString(wcText(frame[:esc]))
		seq, _, n, _ := ansi.DecodeSequence(frame[esc:], ansi.NormalState, nil)
		b.WriteString(seq)
		frame = frame[esc+n:]
	}
	return b.String()
}

// wcText is asWcWidth for a run of text without escape sequences.
func wcText(s string) string {
	if !mayDisagree(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	state := -1
	for len(s) > 0 {
		var cluster string
		cluster, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		if len(cluster) > 1 && strings.ContainsFunc(cluster, isEmojiRune) {
			if w := ansi.StringWidth(cluster); ansi.StringWidthWc(cluster) != w {
				b.WriteString(wcSubstitute(cluster, w))
				continue
			}
		}
		b.WriteString(cluster)
	}
	return b.String()
}

// wcSubstitute is what stands for cluster in width columns on a wcwidth
// terminal: the runes of the cluster that fit, in order (the first emoji of
// a ZWJ sequence, a heart without its VS16, a keycap's digit), without the
// joiners, selectors and skin tones that such a terminal does not combine,
// and spaces for the rest of the width.
func wcSubstitute(cluster string, width int) string {
	var b strings.Builder
	used := 0
	for _, r := range cluster {
		if isEmojiJoiner(r) {
			continue
		}
		w := ansi.StringWidthWc(string(r))
		if used+w > width {
			break
		}
		b.WriteRune(r)
		used += w
	}
	out := b.String()
	if used == 0 || ansi.StringWidth(out) != ansi.StringWidthWc(out) {
		out, used = "\uFFFD", 1 // nothing of it draws the same both ways (a lone regional indicator)
	}
	return out + strings.Repeat(" ", max(width-used, 0))
}

// isEmojiRune reports whether r is an emoji or a part of an emoji sequence
// (the pictographs, regional indicators and skin tones above U+1F000, the
// joiners and selectors, the enclosing keycap).
func isEmojiRune(r rune) bool { return r >= 0x1F000 || r == 0x20E3 || isEmojiJoiner(r) }

// isEmojiJoiner reports whether r only modifies the emoji before it: the
// zero-width joiner, variation selectors, skin tones and tag characters.
func isEmojiJoiner(r rune) bool {
	return r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0000 && r <= 0xE007F
}

// mayDisagree is a quick test that frame holds no emoji cluster whose
// widths could disagree: one rune below U+10000 measures the same both ways
// (one Kannada sign apart), so they part only on runes above it (emoji,
// regional indicators, skin tones, tags), the zero-width joiner, the
// enclosing keycap and the variation selectors.
func mayDisagree(frame string) bool {
	for i := 0; i < len(frame); i++ {
		switch c := frame[i]; {
		case c >= 0xF0: // a rune above U+FFFF
			return true
		case c == 0xE2 && i+2 < len(frame) && (frame[i+1] == 0x80 && frame[i+2] == 0x8D || frame[i+1] == 0x83 && frame[i+2] == 0xA3):
			return true
		case c == 0xEF && i+1 < len(frame) && frame[i+1] == 0xB8: // variation selectors
			return true
		}
	}
	return false
}
