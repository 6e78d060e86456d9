package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The overlays cover the panes: the full help, generated from the key map
// that dispatches the keys, and the files skipped at load with the reason
// for each.

// overlayView draws the open overlay in w×h cells. Only the lines on
// screen are built: a folder can have skipped many files.
func (m Model) overlayView(w, h int) []string {
	title, n, line := m.overlayContent(w - 2)
	rows := max(h-2, 0)
	top := min(max(m.overTop, 0), max(n-rows, 0))
	content := make([]string, 0, rows)
	for i := top; i < n && i < top+rows; i++ {
		content = append(content, line(i))
	}
	info := ""
	if n > rows && rows > 0 {
		info = commas(top+1) + "–" + commas(min(top+rows, n)) + " of " + commas(n)
	}
	return frame(m.st, title, info, content, w, h, true)
}

// overlayMaxTop is the furthest the overlay scrolls.
func (m Model) overlayMaxTop() int {
	_, n, _ := m.overlayContent(m.w - 2)
	return max(n-(m.h-4), 0)
}

// overlayContent returns the open overlay's title, its number of lines and
// a function that draws line i.
func (m Model) overlayContent(w int) (string, int, func(int) string) {
	if m.overlay == overlaySkipped {
		if len(m.opts.Skipped) == 0 {
			return "Skipped files", 1, func(int) string {
				return " " + m.st.Row.Empty.Render(cut("No files were skipped.", w-2))
			}
		}
		return "Skipped files · " + commas(len(m.opts.Skipped)), 2 * len(m.opts.Skipped), func(i int) string {
			s := m.opts.Skipped[i/2]
			if i%2 == 0 {
				return " " + m.st.App.Warn.Render(cut(oneLine(s.Path), w-2))
			}
			return "   " + m.st.App.Dim.Render(cut(oneLine(s.Reason), w-4))
		}
	}
	lines := m.helpLines(w)
	return "Help", len(lines), func(i int) string { return lines[i] }
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
