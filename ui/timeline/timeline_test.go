package timeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"dateline/store"
	"dateline/store/storetest"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// twoYears is a generated corpus dated over 2024 and 2025, as counts per
// day and undated.
func twoYears(tb testing.TB, n int) ([]Count, int) {
	tb.Helper()
	from := day(2024, 1, 1)
	st := store.New(storetest.Dated(n, from, from.AddDate(2, 0, -1)))
	c, err := st.CountScope(context.Background(), st.All(), "")
	if err != nil {
		tb.Fatal(err)
	}
	days := make([]Count, len(c.Days))
	for i, d := range c.Days {
		days[i] = Count{Date: day(d.Date.Year, d.Date.Month, d.Date.Day), N: d.Count}
	}
	return days, c.Undated
}

func testStyles() Styles {
	return Styles{
		Bar:      lipgloss.NewStyle().Faint(true),
		Selected: lipgloss.NewStyle().Bold(true),
		Axis:     lipgloss.NewStyle().Faint(true),
		Label:    lipgloss.NewStyle().Italic(true),
		Status:   lipgloss.NewStyle().Bold(true),
	}
}

// TestGolden draws two years of a generated corpus, by month, with May
// 2025 selected. Rewrite with `go test ./ui/timeline -run TestGolden -update`.
func TestGolden(t *testing.T) {
	days, undated := twoYears(t, 600)
	for _, sz := range [][2]int{{60, 12}, {80, 16}, {120, 24}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			c := New(days, undated)
			c.SetSize(sz[0], sz[1])
			if c.Period() != Month || len(c.Bars()) != 24 {
				t.Fatalf("%s bars: %d, want 24 months", c.Period(), len(c.Bars()))
			}
			c.Select(16) // May 2025
			view := c.View(testStyles())
			plain := ansi.Strip(view)
			if !strings.HasPrefix(plain, "May 2025: ") || !strings.Contains(plain, " undated") {
				t.Errorf("status %q", strings.SplitN(plain, "\n", 2)[0])
			}
			golden.RequireEqual(t, plain)
		})
	}
}

func TestPeriods(t *testing.T) {
	for _, tc := range []struct {
		name      string
		from, to  time.Time
		period    Period
		bars      int
		first     string // the first bar, From..To
		lastLabel string
	}{
		{"a week", day(2025, 5, 12), day(2025, 5, 18), Day, 7, "2025-05-12..2025-05-12", "Sun 18 May 2025"},
		{"two months", day(2025, 5, 1), day(2025, 7, 1), Day, 62, "2025-05-01..2025-05-01", "Tue 1 Jul 2025"},
		{"a quarter", day(2025, 5, 14), day(2025, 8, 10), Week, 13, "2025-05-12..2025-05-18", "week of 4 Aug 2025"},
		{"two years", day(2024, 1, 15), day(2025, 12, 3), Month, 24, "2024-01-01..2024-01-31", "December 2025"},
		{"a leap February", day(2024, 2, 10), day(2024, 12, 31), Month, 11, "2024-02-01..2024-02-29", "December 2024"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			days := []Count{{Date: tc.to, N: 2}, {Date: tc.from, N: 3}}
			c := New(days, 4)
			if c.Period() != tc.period || len(c.Bars()) != tc.bars {
				t.Fatalf("%d bars per %s, want %d per %s", len(c.Bars()), c.Period(), tc.bars, tc.period)
			}
			b := c.Bars()[0]
			if got := b.From.Format(time.DateOnly) + ".." + b.To.Format(time.DateOnly); got != tc.first || b.N != 3 {
				t.Errorf("first bar %s with %d, want %s with 3", got, b.N, tc.first)
			}
			last, _ := c.Selected()
			if got := c.Label(last); got != tc.lastLabel || last.N != 2 {
				t.Errorf("selected %q with %d, want the last, %q with 2", got, last.N, tc.lastLabel)
			}
			sum := 0
			for _, b := range c.Bars() {
				sum += b.N
			}
			if sum != 5 || c.Undated() != 4 {
				t.Errorf("bars hold %d, undated %d", sum, c.Undated())
			}
		})
	}
}

func TestSelection(t *testing.T) {
	days, undated := twoYears(t, 600)
	c := New(days, undated)
	c.SetSize(80, 16)
	if c.Move(1) {
		t.Error("moved past the last bar")
	}
	if !c.Move(-7) {
		t.Fatal("did not move back")
	}
	b, _ := c.Selected()
	if b.From != day(2025, 5, 1) || b.To != day(2025, 5, 31) {
		t.Errorf("seven months back from December 2025: %v..%v", b.From, b.To)
	}
	c.Move(-100)
	if c.SelectedIndex() != 0 {
		t.Errorf("moved to %d, want the first bar", c.SelectedIndex())
	}
	// A click on a bar selects it: find May 2025's columns in the view.
	c.Select(16)
	lines := strings.Split(ansi.Strip(c.View(Styles{})), "\n")
	axis := []rune(lines[len(lines)-2])
	col := strings.IndexRune(string(axis), []rune(selMark)[0])
	col = len([]rune(string(axis)[:col]))
	c.Select(0)
	i, ok := c.BarAt(col, 3)
	if !ok || i != 16 {
		t.Errorf("a click at column %d hits bar %d (%v), want 16", col, i, ok)
	}
	if _, ok := c.BarAt(0, 3); ok {
		t.Error("a click on the y axis hits a bar")
	}
}

func TestEmpty(t *testing.T) {
	c := New(nil, 37)
	c.SetSize(40, 6)
	got := ansi.Strip(c.View(Styles{}))
	if !strings.HasPrefix(got, "No dated articles · 37 undated") {
		t.Errorf("empty timeline %q", got)
	}
	if _, ok := c.Selected(); ok {
		t.Error("a bar selected in an empty timeline")
	}
	c.Move(1) // must not panic
}

// TestScrolls checks that a span with more bars than columns scrolls to
// keep the selection in view.
func TestScrolls(t *testing.T) {
	var days []Count
	for d := day(2015, 1, 1); d.Before(day(2025, 1, 1)); d = d.AddDate(0, 1, 3) {
		days = append(days, Count{Date: d, N: 1 + int(d.Month())%5})
	}
	c := New(days, 0)
	c.SetSize(40, 8)
	for _, i := range []int{0, 60, len(c.Bars()) - 1} {
		c.Select(i)
		lines := strings.Split(ansi.Strip(c.View(Styles{})), "\n")
		if !strings.Contains(lines[len(lines)-2], selMark) {
			t.Errorf("bar %d selected but out of view:\n%s", i, strings.Join(lines, "\n"))
		}
	}
}

// TestSizes draws every width from 1 to 300 at a few heights: no panic,
// and every line exactly the width.
func TestSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("the every-size sweep runs in the full pass")
	}
	days, undated := twoYears(t, 600)
	c := New(days, undated)
	for _, h := range []int{1, 2, 3, 4, 12, 50} {
		for w := 1; w <= 300; w++ {
			c.SetSize(w, h)
			lines := strings.Split(c.View(testStyles()), "\n")
			if len(lines) != h {
				t.Fatalf("%dx%d: %d lines", w, h, len(lines))
			}
			for i, l := range lines {
				if got := ansi.StringWidth(l); got != w {
					t.Fatalf("%dx%d: line %d is %d wide: %q", w, h, i, got, ansi.Strip(l))
				}
			}
		}
	}
}

// BenchmarkFrame draws the timeline at 160×50 for scopes of 100 and
// 100,000 articles over seven years: the same cost, under 5 ms.
func BenchmarkFrame(b *testing.B) {
	from := day(2019, 1, 1)
	for _, n := range []int{100, 100_000} {
		st := store.New(storetest.Dated(n, from, from.AddDate(7, 0, -1)))
		counts, err := st.CountScope(context.Background(), st.All(), "")
		if err != nil {
			b.Fatal(err)
		}
		days := make([]Count, len(counts.Days))
		for i, d := range counts.Days {
			days[i] = Count{Date: day(d.Date.Year, d.Date.Month, d.Date.Day), N: d.Count}
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			c := New(days, counts.Undated)
			c.SetSize(160, 50)
			st := testStyles()
			b.ReportAllocs()
			for b.Loop() {
				_ = c.View(st)
			}
		})
	}
}
