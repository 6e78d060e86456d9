package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/store"
)

// Text helpers. Widths are display columns (ansi.StringWidth, graphemes);
// offsets into text are runes (runeOff) unless named otherwise, because the
// store's highlight ranges count runes.

// oneLine makes s safe for one row: every control rune becomes a space. It
// keeps one rune for one rune, so rune ranges into s stay valid.
func oneLine(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// fit cuts a possibly styled line to w columns with an ellipsis and pads it
// with spaces to exactly w columns.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = ansi.StringWidth(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// cut cuts a plain line to w columns with an ellipsis, without padding.
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// commas formats n with thousands separators: 2095 → "2,095".
func commas(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + commas(-n)
	}
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// plural returns "1 article" or "5 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return commas(n) + " " + many
}

// span is one wrapped line of a text: its runes [start, end) and the text
// they hold, without the spaces the line was broken at.
type span struct {
	start, end int
	text       string
}

// wrapSpans wraps s into lines of at most width columns, breaking at spaces
// and, inside a word longer than a line, between graphemes. A newline in s
// always breaks. It returns at least one span.
func wrapSpans(s string, width int) []span {
	width = max(width, 1)
	var out []span
	type pos struct{ byteOff, runeOff int }
	var (
		lineStart pos  // where the current line begins
		lineW     int  // its width so far, trailing spaces included
		brk       pos  // the end of the last word before a space, if brkOK
		brkOK     bool // the line can break at brk
		wordStart pos  // where the current word begins
		wordW     int  // its width so far
		inSpace   = true
	)
	emit := func(end pos) {
		text := s[lineStart.byteOff:end.byteOff]
		trimmed := strings.TrimRight(text, " ")
		end.runeOff -= len(text) - len(trimmed) // spaces are one byte, one rune
		out = append(out, span{start: lineStart.runeOff, end: end.runeOff, text: trimmed})
	}
	cur := pos{}
	for cur.byteOff < len(s) {
		cluster, cw := ansi.FirstGraphemeCluster(s[cur.byteOff:], ansi.GraphemeWidth)
		if cluster == "" { // cannot happen on valid input; never loop forever
			_, size := utf8.DecodeRuneInString(s[cur.byteOff:])
			cluster, cw = s[cur.byteOff:cur.byteOff+max(size, 1)], 1
		}
		next := pos{cur.byteOff + len(cluster), cur.runeOff + utf8.RuneCountInString(cluster)}
		switch {
		case cluster[0] == '\n' || cluster[0] == '\r':
			emit(cur)
			lineStart, lineW, brkOK, inSpace = next, 0, false, true
		case cluster == " ":
			if lineW == 0 && cur == lineStart { // no leading spaces on a line
				lineStart = next
			} else {
				if !inSpace {
					brk, brkOK = cur, true
				}
				lineW += cw
			}
			inSpace = true
		default:
			if inSpace {
				wordStart, wordW, inSpace = cur, 0, false
			}
			if lineW+cw > width && cur != lineStart {
				if brkOK && brk.byteOff > lineStart.byteOff {
					emit(brk)
					lineStart, lineW = wordStart, wordW
				} else { // a word longer than the line: break inside it
					emit(cur)
					lineStart, lineW, wordStart, wordW = cur, 0, cur, 0
				}
				brkOK = false
			}
			lineW += cw
			wordW += cw
		}
		cur = next
	}
	if cur != lineStart || len(out) == 0 {
		emit(cur)
	}
	return out
}

// mark styles the runes [start, end) of a line.
type mark struct {
	start, end int
	style      lipgloss.Style
}

// paint renders text with base style, and each mark's runes in its own style
// laid over base. Marks must be sorted by start; overlaps are clipped.
func paint(text string, base lipgloss.Style, marks []mark) string {
	if len(marks) == 0 {
		if text == "" {
			return ""
		}
		return base.Render(text)
	}
	var b strings.Builder
	runeOff, byteOff := 0, 0
	// advance returns the byte offset of rune index r, moving forward only.
	advance := func(r int) int {
		for runeOff < r && byteOff < len(text) {
			_, size := utf8.DecodeRuneInString(text[byteOff:])
			byteOff += size
			runeOff++
		}
		return byteOff
	}
	last := 0 // bytes of text written
	for _, m := range marks {
		startRune := max(m.start, runeOff)
		if m.end <= startRune {
			continue
		}
		from := advance(startRune)
		if from > last {
			b.WriteString(base.Render(text[last:from]))
		}
		to := advance(m.end)
		if to > from {
			b.WriteString(m.style.Inherit(base).Render(text[from:to]))
		}
		last = to
		if byteOff >= len(text) {
			break
		}
	}
	if last < len(text) {
		b.WriteString(base.Render(text[last:]))
	}
	return b.String()
}

// rangeMarks turns the store's rune ranges into marks of one style, clipped
// to [0, limit).
func rangeMarks(ranges []store.Range, limit int, style lipgloss.Style) []mark {
	var out []mark
	for _, r := range ranges {
		s, e := max(r.Start, 0), min(r.End, limit)
		if e > s {
			out = append(out, mark{start: s, end: e, style: style})
		}
	}
	return out
}

// clipAround cuts a one-line text to w columns so that its first highlight
// shows: when the highlight would fall off the right, the text is cut on
// the left instead and starts with "…". Ranges are moved along with the
// text and clipped to what is left. The work is bounded by w, not by the
// length of the text: a paragraph can be one long sentence.
func clipAround(text string, ranges []store.Range, w int) (string, []store.Range) {
	if w <= 0 {
		return "", nil
	}
	runes := []rune(text)
	first, end := 0, 0
	if len(ranges) > 0 {
		first = min(max(ranges[0].Start, 0), len(runes))
		end = min(max(ranges[0].End, first), len(runes))
	}
	// No rune is narrower than a column (marks ride on their letter), so
	// nothing past end+w can show.
	ends := len(runes) <= end+w+1 // the text ends in view
	runes = runes[:min(len(runes), end+w+1)]
	from := 0
	if end > 0 && (first > 2*w || ansi.StringWidth(string(runes[:end])) > w-1) {
		// Start a little before the highlight, at a word if one is near.
		lead := max(w/4, 1)
		from = first
		for width := 0; from > 0; from-- {
			width += ansi.StringWidth(string(runes[from-1]))
			if width >= lead {
				break
			}
		}
		for i := from; i < first && i < from+8; i++ {
			if runes[i] == ' ' {
				from = i + 1
				break
			}
		}
	}
	if from > 0 && ends { // fill the room to the left of the match
		width := ansi.StringWidth(string(runes[from:]))
		for from > 0 {
			cw := ansi.StringWidth(string(runes[from-1]))
			if from > 1 && width+cw+1 > w || from == 1 && width+cw > w {
				break
			}
			width += cw
			from--
		}
		for i := from; from > 0 && i < first && i < from+12; i++ { // start at a word
			if runes[i] == ' ' {
				from = i + 1
				break
			}
		}
	}
	if from > 0 {
		text = "…" + string(runes[from:])
		shifted := make([]store.Range, 0, len(ranges))
		for _, r := range ranges {
			r.Start, r.End = r.Start-from+1, r.End-from+1
			if r.End > 1 {
				r.Start = max(r.Start, 1)
				shifted = append(shifted, r)
			}
		}
		ranges = shifted
	} else {
		text = string(runes)
	}
	text, keep := cutRunes(text, w)
	clipped := ranges[:0:0]
	for _, r := range ranges {
		if r.Start < keep {
			r.End = min(r.End, keep)
			clipped = append(clipped, r)
		}
	}
	return text, clipped
}

// cutRunes is cut that also says how many runes of s were kept before the
// ellipsis, so ranges into s can be clipped to what shows.
func cutRunes(s string, w int) (string, int) {
	if w <= 0 {
		return "", 0
	}
	if ansi.StringWidth(s) <= w {
		return s, runeLen(s)
	}
	t := ansi.Truncate(s, w, "…")
	return t, max(runeLen(t)-1, 0)
}

// runeLen is the number of runes in s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
