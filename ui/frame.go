package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// frame draws a bordered pane of exactly w×h cells: title in the top
// border, info (counts, scroll position) at the right of the bottom border,
// and lines inside, cut or padded to fit. The focused pane's border and title
// stand out.
func frame(st *styles, title, info string, lines []string, w, h int, focused bool) []string {
	if w <= 0 || h <= 0 {
		return nil
	}
	if w < 2 || h < 2 { // no room for a border
		out := make([]string, h)
		for i := range out {
			if i < len(lines) {
				out[i] = fit(lines[i], w)
			} else {
				out[i] = strings.Repeat(" ", w)
			}
		}
		return out
	}
	border, titleStyle := st.Pane.Border, st.Pane.Title
	if focused {
		border, titleStyle = st.Pane.BorderFocused, st.Pane.TitleFocused
	}
	inner := w - 2
	out := make([]string, 0, h)

	top := ""
	if title != "" && inner >= 3 {
		t := cut(" "+oneLine(title)+" ", inner-1)
		top = titleStyle.Render(t)
	}
	out = append(out, border.Render("┌")+top+border.Render(strings.Repeat("─", inner-ansi.StringWidth(top))+"┐"))

	side := border.Render("│")
	for i := range h - 2 {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		out = append(out, side+fit(line, inner)+side)
	}

	bottom := ""
	if info != "" && inner >= 3 {
		bottom = st.Pane.Info.Render(cut(" "+info+" ", inner-1))
	}
	out = append(out, border.Render("└"+strings.Repeat("─", inner-ansi.StringWidth(bottom)))+bottom+border.Render("┘"))
	return out
}

// besides joins blocks of lines side by side; every block must have the same
// number of lines.
func besides(blocks ...[]string) []string {
	if len(blocks) == 0 {
		return nil
	}
	out := make([]string, len(blocks[0]))
	for i := range out {
		var b strings.Builder
		for _, bl := range blocks {
			if i < len(bl) {
				b.WriteString(bl[i])
			}
		}
		out[i] = b.String()
	}
	return out
}
