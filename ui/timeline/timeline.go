// Package timeline draws how many articles were published per day, week or
// month as a bar chart of block characters, with a selection that moves
// along the bars. The bars are built once from counts per day, so a frame
// costs the same whatever the number of articles behind them.
package timeline

import (
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"dateline/ui/internal/pen"
)

// Period is how much time one bar covers.
type Period int

// Periods, finest first.
const (
	Day Period = iota
	Week
	Month
)

// String names the period.
func (p Period) String() string {
	return [...]string{"day", "week", "month"}[p]
}

// The period is chosen from the span of the dates: days up to about two
// months, weeks up to about half a year, months beyond.
const (
	maxDaySpan  = 62  // days
	maxWeekSpan = 183 // days
)

// Count is the number of articles of one day.
type Count struct {
	Date time.Time // the day, at midnight UTC
	N    int
}

// Bar is one period with its articles.
type Bar struct {
	From, To time.Time // first and last day, inclusive
	N        int
}

// Styles are the chart's styles, given by the app from its palette; the
// zero value draws without colour.
type Styles struct {
	Bar      lipgloss.Style
	Selected lipgloss.Style // the selected bar and its marker
	Axis     lipgloss.Style
	Label    lipgloss.Style // dates under the axis and counts over the bars
	Status   lipgloss.Style
}

// Chart is the timeline's state: the bars, the selection and the size.
type Chart struct {
	period  Period
	bars    []Bar
	largest int
	undated int
	sel     int
	width   int
	height  int
}

// New builds the bars from counts per day (in any order) and the number of
// articles without a full date; the selection starts on the latest bar.
func New(days []Count, undated int) *Chart {
	c := &Chart{undated: undated}
	if len(days) == 0 {
		return c
	}
	first, last := days[0].Date, days[0].Date
	for _, d := range days {
		if d.Date.Before(first) {
			first = d.Date
		}
		if d.Date.After(last) {
			last = d.Date
		}
	}
	span := int(last.Sub(first).Hours()/24) + 1
	switch {
	case span <= maxDaySpan:
		c.period = Day
	case span <= maxWeekSpan:
		c.period = Week
	default:
		c.period = Month
	}
	start := c.period.start(first)
	for t := start; !t.After(last); t = c.period.next(t) {
		c.bars = append(c.bars, Bar{From: t, To: c.period.next(t).AddDate(0, 0, -1)})
	}
	for _, d := range days {
		i := c.period.index(start, d.Date)
		c.bars[i].N += d.N
	}
	for _, b := range c.bars {
		c.largest = max(c.largest, b.N)
	}
	c.sel = len(c.bars) - 1
	return c
}

func (p Period) start(t time.Time) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch p {
	case Week: // weeks start on Monday, as ISO 8601's do
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

func (p Period) next(t time.Time) time.Time {
	switch p {
	case Week:
		return t.AddDate(0, 0, 7)
	case Month:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// index is the bar of a day, counted from the bar starting at start.
func (p Period) index(start, t time.Time) int {
	switch p {
	case Month:
		return (t.Year()-start.Year())*12 + int(t.Month()) - int(start.Month())
	case Week:
		return int(t.Sub(start).Hours()/24) / 7
	}
	return int(t.Sub(start).Hours() / 24)
}

// Period returns how much time a bar covers.
func (c *Chart) Period() Period { return c.period }

// Bars returns the bars, oldest first. The slice must not be modified.
func (c *Chart) Bars() []Bar { return c.bars }

// Undated returns the number of articles without a full date.
func (c *Chart) Undated() int { return c.undated }

// Selected returns the selected bar, or false when there are none.
func (c *Chart) Selected() (Bar, bool) {
	if len(c.bars) == 0 {
		return Bar{}, false
	}
	return c.bars[c.sel], true
}

// SelectedIndex returns the index of the selected bar.
func (c *Chart) SelectedIndex() int { return c.sel }

// Select selects bar i, kept within the bars.
func (c *Chart) Select(i int) {
	c.sel = max(0, min(i, len(c.bars)-1))
}

// Move moves the selection by delta bars and reports whether it moved.
func (c *Chart) Move(delta int) bool {
	before := c.sel
	c.Select(c.sel + delta)
	return c.sel != before
}

// SetSize sets the size of the whole view in cells.
func (c *Chart) SetSize(width, height int) {
	c.width, c.height = max(width, 0), max(height, 0)
}

// Label names a bar for people: "May 2025", "week of 12 May 2025",
// "12 May 2025".
func (c *Chart) Label(b Bar) string {
	switch c.period {
	case Month:
		return b.From.Format("January 2006")
	case Week:
		return "week of " + b.From.Format("2 Jan 2006")
	}
	return b.From.Format("Mon 2 Jan 2006")
}

// axisLabel is a bar's label under the axis, long or short.
func (c *Chart) axisLabel(b Bar, long bool) string {
	switch {
	case c.period == Month && long:
		return b.From.Format("Jan 2006")
	case c.period == Month:
		return b.From.Format("2006-01")
	case long:
		return b.From.Format("2 Jan 2006")
	}
	return b.From.Format("2006-01-02")
}

// The chart's lines besides the bars: the status line above, the axis and
// the labels below.
const chrome = 3

// blocks are the eighths of a cell, from none to full.
var blocks = [9]string{" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

const (
	axisLine   = "─"
	axisCorner = "└"
	axisSide   = "│"
	selMark    = "▲"
	maxBar     = 7 // the widest a bar gets, in cells
)

// layout is where the bars go at the current size.
type layout struct {
	gutter     int // the y-axis labels and the axis, in cells
	plotW      int // columns for the bars
	plotH      int // rows for the bars
	barW, gapW int
	first, n   int // the bars in view
}

func (c *Chart) layout() layout {
	l := layout{gutter: len(strconv.Itoa(c.largest)) + 1}
	l.plotW = max(c.width-l.gutter, 0)
	l.plotH = max(c.height-chrome, 0)
	if len(c.bars) == 0 || l.plotW == 0 {
		return l
	}
	slot := l.plotW / len(c.bars)
	if slot >= 2 {
		l.barW, l.gapW = min(slot-1, maxBar), 1
	} else {
		l.barW, l.gapW = 1, 0
	}
	l.n = min(len(c.bars), l.plotW/(l.barW+l.gapW))
	// The view scrolls so that the selection is in it, as near the middle
	// as the ends allow.
	l.first = max(0, min(c.sel-l.n/2, len(c.bars)-l.n))
	return l
}

// BarAt returns the bar drawn at a cell of the view, for a click.
func (c *Chart) BarAt(col, row int) (int, bool) {
	l := c.layout()
	if row < 1 || row >= 1+l.plotH+1 || col < l.gutter {
		return 0, false
	}
	k := (col - l.gutter) / (l.barW + l.gapW)
	if k >= l.n || (col-l.gutter)%(l.barW+l.gapW) >= l.barW {
		return 0, false
	}
	return l.first + k, true
}

// View draws the status line, the bars with their counts, the axis with
// the selection's mark, and the labels, each line exactly the view's width.
func (c *Chart) View(st Styles) string {
	if c.width == 0 || c.height == 0 {
		return ""
	}
	lines := []string{fit(st.Status.Render(c.status()), c.width)}
	l := c.layout()
	if len(c.bars) > 0 && l.plotW > 0 {
		lines = append(lines, c.plot(st, l)...)
		lines = append(lines, fit(c.axis(st, l), c.width), fit(c.labels(st, l), c.width))
	}
	for len(lines) < c.height {
		lines = append(lines, strings.Repeat(" ", c.width))
	}
	return strings.Join(lines[:c.height], "\n")
}

// status names the selected bar and its count, the period and the undated.
func (c *Chart) status() string {
	var parts []string
	if b, ok := c.Selected(); ok {
		parts = append(parts, c.Label(b)+": "+articlesText(b.N), "per "+c.period.String())
	} else {
		parts = append(parts, "No dated articles")
	}
	if c.undated > 0 {
		parts = append(parts, groupDigits(c.undated)+" undated")
	}
	return strings.Join(parts, " · ")
}

func (c *Chart) plot(st Styles, l layout) []string {
	heights := make([]int, l.n) // in eighths of a cell
	for k := range heights {
		if n := c.bars[l.first+k].N; n > 0 {
			heights[k] = max(1, (n*l.plotH*8+c.largest/2)/c.largest)
		}
	}
	axis, bar, sel, label := pen.New(st.Axis), pen.New(st.Bar), pen.New(st.Selected), pen.New(st.Label)
	rows := make([]string, 0, l.plotH)
	var line pen.Line
	for r := l.plotH - 1; r >= 0; r-- {
		line.Reset()
		gut := ""
		switch {
		case r == l.plotH-1:
			gut = strconv.Itoa(c.largest)
		case r == 0 && l.plotH > 2:
			gut = "0"
		}
		line.Repeat(&axis, " ", l.gutter-1-len(gut))
		line.WriteString(&axis, gut+axisSide)
		for k, h := range heights {
			p := &bar
			if l.first+k == c.sel {
				p = &sel
			}
			n := c.bars[l.first+k].N
			switch {
			case h >= (r+1)*8:
				line.Repeat(p, blocks[8], l.barW)
			case h > r*8:
				line.Repeat(p, blocks[h-r*8], l.barW)
			case (h+7)/8 == r && n > 0 && len(strconv.Itoa(n)) <= l.barW:
				// The row just above a bar holds its count where it fits.
				s := strconv.Itoa(n)
				pad := l.barW - len(s)
				line.Repeat(nil, " ", pad/2)
				line.WriteString(&label, s)
				line.Repeat(nil, " ", pad-pad/2)
			default:
				line.Repeat(nil, " ", l.barW)
			}
			line.Repeat(nil, " ", l.gapW)
		}
		// Every cell above is one column wide, so the row's width is known
		// without measuring it.
		line.Repeat(nil, " ", c.width-l.gutter-l.n*(l.barW+l.gapW))
		rows = append(rows, line.String())
	}
	return rows
}

func (c *Chart) axis(st Styles, l layout) string {
	axis, sel := pen.New(st.Axis), pen.New(st.Selected)
	var line pen.Line
	line.Repeat(&axis, " ", l.gutter-1)
	line.WriteString(&axis, axisCorner)
	for k := range l.n {
		if l.first+k == c.sel {
			line.Repeat(&sel, selMark, l.barW)
		} else {
			line.Repeat(&axis, axisLine, l.barW)
		}
		line.Repeat(&axis, axisLine, l.gapW)
	}
	return line.String()
}

// labels writes dates under the axis at a steady stride, so that they stay
// put as the view scrolls: the long form where the slots are wide enough.
func (c *Chart) labels(st Styles, l layout) string {
	slot := l.barW + l.gapW
	long := slot >= len(c.axisLabel(c.bars[0], true))+1
	width := len(c.axisLabel(c.bars[0], long)) + 1
	stride := (width + slot - 1) / slot
	var b strings.Builder
	col := 0
	b.WriteString(strings.Repeat(" ", l.gutter))
	col = l.gutter
	for k := range l.n {
		i := l.first + k
		x := l.gutter + k*slot
		if i%stride != 0 || x < col {
			continue
		}
		text := c.axisLabel(c.bars[i], long)
		if x+ansi.StringWidth(text) > c.width {
			break
		}
		b.WriteString(strings.Repeat(" ", x-col))
		b.WriteString(st.Label.Render(text))
		col = x + ansi.StringWidth(text)
	}
	return b.String()
}

func articlesText(n int) string {
	if n == 1 {
		return "1 article"
	}
	return groupDigits(n) + " articles"
}

// groupDigits writes a count with thousands separators, as the rest of
// the app does.
func groupDigits(n int) string { return message.NewPrinter(language.English).Sprintf("%d", n) }

// fit cuts or pads a line to exactly width cells.
func fit(s string, width int) string {
	s = ansi.Truncate(s, width, "…")
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}
