package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// The overlays cover the panes: the full help, generated from the key map
// that dispatches the keys, and the files skipped at load with the reason
// for each.

// overlayView draws the open overlay in w×h cells. Only the lines on
// screen are built: a folder can have skipped many files.
func (m Model) overlayView(w, h int) []string {
	c := m.overlayContent(w - 2)
	rows := max(h-2, 0)
	top := min(max(m.overTop, 0), max(c.lines-rows, 0))
	content := make([]string, 0, rows)
	for i := top; i < c.lines && i < top+rows; i++ {
		content = append(content, c.line(i))
	}
	info := ""
	if c.lines > rows && rows > 0 {
		// Count what the title counts: an entry shows if any of its
		// lines does.
		per := max(c.perEntry, 1)
		first, last := top/per, (min(top+rows, c.lines)-1)/per
		info = commas(first+1) + "–" + commas(last+1) + " of " + commas((c.lines+per-1)/per)
	}
	return frame(m.st, c.title, info, content, w, h, true)
}

// overlayMaxTop is the furthest the overlay scrolls.
func (m Model) overlayMaxTop() int {
	return max(m.overlayContent(m.w-2).lines-(m.h-4), 0)
}

// overlayText is what an overlay shows: a title, lines drawn on demand, and
// how many lines make one entry, for the scroll position.
type overlayText struct {
	title    string
	lines    int
	perEntry int
	line     func(i int) string
}

// overlayContent returns the open overlay's content, its lines w columns
// wide.
func (m Model) overlayContent(w int) overlayText {
	if m.overlay == overlaySkipped {
		if len(m.opts.Skipped) == 0 {
			return overlayText{"Skipped files", 1, 1, func(int) string {
				return " " + m.st.Row.Empty.Render(cut("No files were skipped.", w-2))
			}}
		}
		// Two lines a file: its path, then why it was skipped.
		return overlayText{"Skipped files · " + commas(len(m.opts.Skipped)), 2 * len(m.opts.Skipped), 2, func(i int) string {
			s := m.opts.Skipped[i/2]
			if i%2 == 0 {
				return " " + m.st.App.Warn.Render(cutPath(oneLine(s.Path), w-2))
			}
			return "   " + m.st.App.Dim.Render(cut(oneLine(s.Reason), w-4))
		}}
	}
	lines := m.helpLines(w)
	return overlayText{"Help", len(lines), 1, func(i int) string { return lines[i] }}
}

// cutPath cuts a plain path to w columns on the left, so that its end, the
// file's name, stays: "…/deep/dir/file.txt". It cuts at a slash when that
// keeps at least half the room, else between graphemes.
func cutPath(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	room := w - 1 // for the "…"
	// The byte offset and width of every grapheme, to walk back from the end.
	type grapheme struct{ byteOff, width int }
	gs := make([]grapheme, 0, len(s))
	for off := 0; off < len(s); {
		g, gw := ansi.FirstGraphemeCluster(s[off:], ansi.GraphemeWidth)
		if g == "" { // cannot happen on valid input; never loop forever
			_, size := utf8.DecodeRuneInString(s[off:])
			g, gw = s[off:off+max(size, 1)], 1
		}
		gs = append(gs, grapheme{off, gw})
		off += len(g)
	}
	start, used := len(s), 0
	for i := len(gs) - 1; i >= 0 && used+gs[i].width <= room; i-- {
		start, used = gs[i].byteOff, used+gs[i].width
	}
	tail := s[start:]
	if i := strings.IndexByte(tail, '/'); i > 0 && 2*ansi.StringWidth(tail[i:]) >= room {
		tail = tail[i:]
	}
	return "…" + tail
}

// helpLines lays the key map's groups out in as many columns as fit.
func (m Model) helpLines(w int) []string {
	st := m.st.Help
	groups := m.keys.fullHelp()
	keyW, descW := 0, 0
	for _, g := range groups {
		for _, b := range g.bindings {
			keyW = max(keyW, ansi.StringWidth(b.Help().Key))
			descW = max(descW, ansi.StringWidth(b.Help().Desc))
		}
	}
	colW := keyW + 2 + descW
	const gap = 3
	cols := max(1, (w-2+gap)/(colW+gap))
	colW = min(colW, max(w-1, 1))

	// Each group is a block of lines; blocks fill the columns in order,
	// each column about as tall as the others.
	blocks := make([][]string, len(groups))
	for i, g := range groups {
		blk := []string{st.Group.Render(cut(g.title, colW))}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			k := fit(b.Help().Key, keyW)
			line := st.Key.Render(k) + "  " + st.Desc.Render(b.Help().Desc)
			blk = append(blk, fit(line, colW))
		}
		blocks[i] = blk
	}
	columns := make([][]string, 0, cols)
	for _, part := range partition(blocks, cols) {
		var col []string
		for _, blk := range part {
			if len(col) > 0 {
				col = append(col, "")
			}
			col = append(col, blk...)
		}
		columns = append(columns, col)
	}

	height := 0
	for _, c := range columns {
		height = max(height, len(c))
	}
	out := make([]string, height)
	for i := range out {
		var b strings.Builder
		b.WriteString(" ")
		for j, c := range columns {
			if j > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			line := ""
			if i < len(c) {
				line = c[i]
			}
			b.WriteString(fit(line, colW))
		}
		out[i] = b.String()
	}
	return out
}

// partition splits blocks, in order, into at most n runs so that the tallest
// run (blocks one blank line apart) is as short as it can be.
func partition(blocks [][]string, n int) [][][]string {
	k := len(blocks)
	n = max(min(n, k), 1)
	height := func(i, j int) int { // blocks[i:j] in one column
		h := 0
		for _, b := range blocks[i:j] {
			h += len(b) + 1
		}
		return max(h-1, 0)
	}
	// best[c][j]: the least tallest column for blocks[:j] in c columns.
	const inf = 1 << 30
	best := make([][]int, n+1)
	cutAt := make([][]int, n+1)
	for c := range best {
		best[c] = make([]int, k+1)
		cutAt[c] = make([]int, k+1)
		for j := range best[c] {
			best[c][j] = inf
		}
	}
	best[0][0] = 0
	for c := 1; c <= n; c++ {
		for j := 1; j <= k; j++ {
			for i := c - 1; i < j; i++ {
				if best[c-1][i] == inf {
					continue
				}
				if h := max(best[c-1][i], height(i, j)); h < best[c][j] {
					best[c][j], cutAt[c][j] = h, i
				}
			}
		}
	}
	out := make([][][]string, n)
	for c, j := n, k; c > 0; c-- {
		i := cutAt[c][j]
		out[c-1] = blocks[i:j]
		j = i
	}
	return out
}
