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
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

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
	var out []span
	w := newWrapper(s, width)
	for {
		sp, ok := w.next()
		if !ok {
			return out
		}
		out = append(out, sp)
	}
}

// textPos is a place in a text, in bytes and in runes.
type textPos struct{ byteOff, runeOff int }

// wrapper wraps a text a line at a time (wrapSpans is all of its lines),
// so that a screen of a long paragraph costs a screen's work.
type wrapper struct {
	s     string
	width int
	flat  bool // control characters, newlines too, are spaces: the text is one line

	cur       textPos // the next grapheme to read
	lineStart textPos // where the current line begins
	lineW     int     // its width so far, trailing spaces included
	brk       textPos // the end of the last word before a space, if brkOK
	brkOK     bool    // the line can break at brk
	wordStart textPos // where the current word begins
	wordW     int     // its width so far
	inSpace   bool
	emitted   bool   // a line has been returned
	done      bool   // the last line has been returned
	ready     []span // lines found and not yet returned
}

func newWrapper(s string, width int) *wrapper {
	return &wrapper{s: s, width: max(width, 1), inSpace: true}
}

// newFlatWrapper wraps s as oneLine(s) would wrap, without making
// oneLine(s) first: the lines' text still needs oneLine.
func newFlatWrapper(s string, width int) *wrapper {
	w := newWrapper(s, width)
	w.flat = true
	return w
}

// emit queues the line from lineStart to end, without its trailing spaces.
func (w *wrapper) emit(end textPos) {
	text := w.s[w.lineStart.byteOff:end.byteOff]
	trimmed := strings.TrimRight(text, " ")
	end.runeOff -= len(text) - len(trimmed) // spaces are one byte, one rune
	w.ready = append(w.ready, span{start: w.lineStart.runeOff, end: end.runeOff, text: trimmed})
	w.emitted = true
}

// next returns the next line; ok is false after the last.
func (w *wrapper) next() (sp span, ok bool) {
	for len(w.ready) == 0 && !w.done {
		w.step()
	}
	if len(w.ready) == 0 {
		return span{}, false
	}
	sp = w.ready[0]
	w.ready = w.ready[1:]
	return sp, true
}

// step reads one grapheme, or ends the text.
func (w *wrapper) step() {
	s := w.s
	if w.cur.byteOff >= len(s) {
		if w.cur != w.lineStart || !w.emitted {
			w.emit(w.cur)
		}
		w.done = true
		return
	}
	cur := w.cur
	cluster, cw := ansi.FirstGraphemeCluster(s[cur.byteOff:], ansi.GraphemeWidth)
	if cluster == "" { // cannot happen on valid input; never loop forever
		_, size := utf8.DecodeRuneInString(s[cur.byteOff:])
		cluster, cw = s[cur.byteOff:cur.byteOff+max(size, 1)], 1
	}
	next := textPos{cur.byteOff + len(cluster), cur.runeOff + utf8.RuneCountInString(cluster)}
	space := cluster == " "
	if r, _ := utf8.DecodeRuneInString(cluster); w.flat && isControl(r) {
		// oneLine makes it a space; a cluster that starts with a control
		// rune holds only it.
		space, cw = true, utf8.RuneCountInString(cluster)
	}
	switch {
	case !space && (cluster[0] == '\n' || cluster[0] == '\r'):
		w.emit(cur)
		w.lineStart, w.lineW, w.brkOK, w.inSpace = next, 0, false, true
	case space:
		if w.lineW == 0 && cur == w.lineStart { // no leading spaces on a line
			w.lineStart = next
		} else {
			if !w.inSpace {
				w.brk, w.brkOK = cur, true
			}
			w.lineW += cw
		}
		w.inSpace = true
	default:
		if w.inSpace {
			w.wordStart, w.wordW, w.inSpace = cur, 0, false
		}
		if w.lineW+cw > w.width && cur != w.lineStart {
			if w.brkOK && w.brk.byteOff > w.lineStart.byteOff {
				w.emit(w.brk)
				w.lineStart, w.lineW = w.wordStart, w.wordW
			} else { // a word longer than the line: break inside it
				w.emit(cur)
				w.lineStart, w.lineW, w.wordStart, w.wordW = cur, 0, cur, 0
			}
			w.brkOK = false
		}
		w.lineW += cw
		w.wordW += cw
	}
	w.cur = next
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
