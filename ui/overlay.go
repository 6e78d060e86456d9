package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The overlays cover the panes: the help of the keys that act where it
// was opened, and the files skipped at load with the reason for each. They
// keep the pane contract; the root holds them in a stack.

// overlayText is what an overlay shows: a title, lines drawn on demand,
// and how many lines make one entry, for the scroll position.
type overlayText struct {
	title    string
	lines    int
	perEntry int
	line     func(i int) string
}

// scroller is an overlay's frame and scrolling: the part every overlay
// shares. content gives the text for an inner width.
type scroller struct {
	keys    *keyMap
	st      *styles
	w, h    int
	top     int
	content func(w int) overlayText
}

// SetSize sets the overlay's size, frame included.
func (o *scroller) SetSize(w, h int) {
	o.w, o.h = w, h
	o.top = min(max(o.top, 0), o.maxTop())
}

// SetFocused does nothing: an overlay on top has the keys.
func (o *scroller) SetFocused(bool) {}

// Typing is false: no overlay has a query line yet.
func (o *scroller) Typing() bool { return false }

// SetStyles hands the overlay new styles.
func (o *scroller) SetStyles(st *styles) { o.st = st }

// rows is the number of content lines that show.
func (o *scroller) rows() int { return max(o.h-2, 0) }

func (o *scroller) maxTop() int {
	return max(o.content(o.w-2).lines-o.rows(), 0)
}

// Bindings are the keys that close and scroll the overlay; the scrolling
// ones only when there is something to scroll.
func (o *scroller) Bindings() []*key.Binding {
	b := []*key.Binding{&o.keys.Overlay.Close}
	if o.maxTop() > 0 {
		b = append(b, o.keys.moveBindings()...)
	}
	return b
}

// Update scrolls the overlay, and asks to close it on esc.
func (o *scroller) Update(msg tea.Msg) (intent, tea.Cmd) {
	mv, page := &o.keys.Move, max(o.rows()-1, 1)
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		o.top += 3 * wheelDelta(msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, o.keys.Overlay.Close):
			return closeOverlay{}, nil
		case key.Matches(msg, mv.Up, mv.VimUp):
			o.top--
		case key.Matches(msg, mv.Down, mv.VimDown):
			o.top++
		case key.Matches(msg, mv.Top):
			o.top = 0
		case key.Matches(msg, mv.Bottom):
			o.top = 1 << 30
		case key.Matches(msg, mv.PageUp):
			o.top -= page
		case key.Matches(msg, mv.PageDown):
			o.top += page
		case key.Matches(msg, mv.HalfPageUp):
			o.top -= max(page/2, 1)
		case key.Matches(msg, mv.HalfPageDown):
			o.top += max(page/2, 1)
		}
	}
	o.top = min(max(o.top, 0), o.maxTop())
	return nil, nil
}

// View draws the overlay. Only the lines on screen are built: a folder
// can have skipped many files.
func (o *scroller) View() []string {
	c := o.content(o.w - 2)
	rows := o.rows()
	top := min(max(o.top, 0), max(c.lines-rows, 0))
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
	return frame(o.st, c.title, info, content, o.w, o.h, true)
}

// helpOverlay is the full help: every key that acts where it was opened,
// by group.
type helpOverlay struct {
	scroller
	groups []helpGroup
}

func newHelpOverlay(km *keyMap, st *styles, groups []helpGroup) *helpOverlay {
	o := &helpOverlay{scroller: scroller{keys: km, st: st}, groups: groups}
	o.content = func(w int) overlayText {
		lines := helpLines(o.st, o.groups, w)
		return overlayText{"Help", len(lines), 1, func(i int) string { return lines[i] }}
	}
	return o
}

// skippedOverlay lists the files skipped at load and why.
type skippedOverlay struct {
	scroller
	skipped []Skipped
}

func newSkippedOverlay(km *keyMap, st *styles, skipped []Skipped) *skippedOverlay {
	o := &skippedOverlay{scroller: scroller{keys: km, st: st}, skipped: skipped}
	o.content = func(w int) overlayText {
		if len(o.skipped) == 0 {
			return overlayText{"Skipped files", 1, 1, func(int) string {
				return " " + o.st.Row.Empty.Render(cut("No files were skipped.", w-2))
			}}
		}
		// Two lines a file: its path, then why it was skipped.
		return overlayText{"Skipped files · " + commas(len(o.skipped)), 2 * len(o.skipped), 2, func(i int) string {
			s := o.skipped[i/2]
			if i%2 == 0 {
				return " " + o.st.App.Warn.Render(cutPath(oneLine(s.Path), w-2))
			}
			return "   " + o.st.App.Dim.Render(cut(oneLine(s.Reason), w-4))
		}}
	}
	return o
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

// helpLines lays the groups out in as many columns as fit.
func helpLines(sts *styles, groups []helpGroup, w int) []string {
	st := sts.Help
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
