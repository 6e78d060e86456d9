// Package plain draws articles, lists and search results as plain text:
// the output of the subcommands, and the facts the reader shows (the
// country codes, the meta line) from the same functions.
package plain

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/store"
)

// Width is the width plain text is wrapped at.
const Width = 80

// Codes lists an article's country codes, primary ones first: "KP BY RU".
func Codes(a *articles.Article) string {
	cs := make([]string, len(a.Countries))
	for i, c := range a.Countries {
		cs[i] = c.Code()
	}
	return strings.Join(cs, " ")
}

// Meta is what the meta line says, in order: date, author, source,
// dateline and reading time, those an article has.
func Meta(a *articles.Article) []string {
	parts := make([]string, 0, 6)
	for _, s := range []string{a.Date.Display(), a.Author, a.Source, a.Dateline} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return append(parts, strconv.Itoa(max(a.ReadingMinutes, 1))+" min read")
}

// Sep joins the parts of a meta line.
const Sep = " · "

// Columns prints rows in columns lined up by display width, so CJK and
// emoji keep the columns straight; the last column is not padded.
func Columns(w io.Writer, rows [][]string) error {
	var widths []int
	for _, r := range rows {
		for i, cell := range r[:len(r)-1] {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(cell)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// codesWidth is the most the country codes take in List: five codes.
const codesWidth = 14

// List prints one line per article, in the order given: date, country
// codes, title, then the ID. The date and the codes have columns of their
// own, at most 10 and 14 wide, so every title starts within the first 30
// columns however long the IDs (a real folder's file names are long);
// the ID goes last. An undated corpus has no date column.
func List(w io.Writer, arts []*articles.Article) error {
	dateW, codesW := 0, 0
	for _, a := range arts {
		dateW = max(dateW, ansi.StringWidth(a.Date.Display()))
		codesW = max(codesW, min(ansi.StringWidth(Codes(a)), codesWidth))
	}
	var b strings.Builder
	for _, a := range arts {
		if dateW > 0 {
			pad(&b, a.Date.Display(), dateW)
		}
		if codesW > 0 {
			pad(&b, cutCodes(Codes(a), codesWidth), codesW)
		}
		b.WriteString(a.Title)
		b.WriteString("  ")
		b.WriteString(a.ID)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pad writes s and spaces to w columns, and two more.
func pad(b *strings.Builder, s string, w int) {
	b.WriteString(s)
	b.WriteString(strings.Repeat(" ", max(w-ansi.StringWidth(s), 0)+2))
}

// cutCodes keeps the codes that fit in w columns and counts the rest:
// "KP BY RU +3".
func cutCodes(codes string, w int) string {
	if ansi.StringWidth(codes) <= w {
		return codes
	}
	all := strings.Fields(codes)
	for n := len(all) - 1; n > 0; n-- {
		s := strings.Join(all[:n], " ") + " +" + strconv.Itoa(len(all)-n)
		if ansi.StringWidth(s) <= w {
			return s
		}
	}
	return "+" + strconv.Itoa(len(all))
}

// Article renders an article as a person reads it, wrapped at Width.
func Article(a *articles.Article) string {
	var b strings.Builder
	b.WriteString(ansi.Wrap(a.Title, Width, "") + "\n")
	b.WriteString(strings.Join(Meta(a), Sep) + "\n")
	var chips []string
	for _, c := range a.Countries {
		chips = append(chips, c.Flag()+" "+c.Name())
	}
	if len(chips) > 0 {
		b.WriteString(strings.Join(chips, "  ") + "\n")
	}
	for _, p := range a.Body {
		b.WriteString("\n")
		text := p.Text
		if p.Kind == articles.KindHeading {
			text = strings.ToUpper(text)
		}
		b.WriteString(ansi.Wrap(text, Width, "") + "\n")
	}
	return b.String()
}

// Search prints results best first, the matches in each snippet passed
// through mark.
func Search(w io.Writer, res *store.Results, mark func(string) string) error {
	var b strings.Builder
	for i, h := range res.Hits {
		a := h.Article
		sn := res.Snippet(i)
		date := a.Date.Display() // blank when unknown, as in list
		copies := ""
		if len(h.Copies) > 0 {
			copies = fmt.Sprintf("  (+%d copies)", len(h.Copies))
		}
		fmt.Fprintf(&b, "%s%s  %s  %s%s\n", date, strings.Repeat(" ", max(0, 10-ansi.StringWidth(date))), a.ID, a.Title, copies)
		fmt.Fprintf(&b, "    %s: %s\n", sn.Field, Highlight(sn.Text, sn.Highlights, mark))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Highlight wraps the rune ranges of s with mark.
func Highlight(s string, ranges []store.Range, mark func(string) string) string {
	runes := []rune(s)
	var b strings.Builder
	prev := 0
	for _, r := range ranges {
		if r.Start < prev || r.End > len(runes) || r.Start >= r.End {
			continue
		}
		b.WriteString(string(runes[prev:r.Start]))
		b.WriteString(mark(string(runes[r.Start:r.End])))
		prev = r.End
	}
	b.WriteString(string(runes[prev:]))
	return b.String()
}
