// Package articles turns raw news text into structured, country-tagged
// articles: the model, the parser, the loader and the bundled corpus.
package articles

import (
	"fmt"
	"math"
	"time"

	"dateline/articles/countries"
)

// Precision says how much of a Date is known.
type Precision int

// Date precisions, from least to most known.
const (
	DateUnknown  Precision = iota // no date in the text
	DateDayMonth                  // day and month, year unknown ("21 April")
	DateFull                      // year, month and day
)

// String names the precision.
func (p Precision) String() string {
	switch p {
	case DateDayMonth:
		return "day-month"
	case DateFull:
		return "full"
	default:
		return "unknown"
	}
}

// Date is a publication date with its precision.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// String renders the date for machines: "2025-07-04", "--04-21" (ISO 8601
// for a date without a year) or "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case DateFull:
		if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
			return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		}
		var b [10]byte // written by hand: list --json prints one a line
		digits(b[:4], d.Year)
		b[4] = '-'
		digits(b[5:7], int(d.Month))
		b[7] = '-'
		digits(b[8:], d.Day)
		return string(b[:])
	case DateDayMonth:
		return fmt.Sprintf("--%02d-%02d", int(d.Month), d.Day)
	default:
		return ""
	}
}

// digits writes n, which fits, into b in decimal, with leading zeros.
func digits(b []byte, n int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

// Display renders the date for people: "2025-07-04", "21 Apr" or "".
func (d Date) Display() string {
	switch d.Precision {
	case DateFull:
		return d.String()
	case DateDayMonth:
		return fmt.Sprintf("%d %s", d.Day, d.Month.String()[:3])
	default:
		return ""
	}
}

// Compare orders dates newest first: full dates by recency, then yearless
// ones by month and day (latest first), then unknown ones. It returns a
// negative number when d sorts before o.
func (d Date) Compare(o Date) int {
	if d.Precision != o.Precision {
		return int(o.Precision) - int(d.Precision)
	}
	key := func(x Date) int { return x.Year*10000 + int(x.Month)*100 + x.Day }
	return key(o) - key(d)
}

// ParagraphKind says what a block of an article's body is.
type ParagraphKind int

// Paragraph kinds. Renderers that know only text and headings show the
// others as text: a list item keeps its bullet ("• ") or number in its text,
// a table row its cells between " | ".
const (
	KindText ParagraphKind = iota
	KindHeading
	KindListItem
	KindQuote
	KindCaption
	KindPreformatted // lines kept as they are, "\n" between them
	KindTableRow
	KindStandfirst // the line or two under the headline that sums the story up, where a page's markup says so
)

// String names the kind as the JSON for scripts does: "text", "heading",
// "list_item", "quote", "caption", "preformatted", "table_row" or
// "standfirst".
func (k ParagraphKind) String() string {
	switch k {
	case KindHeading:
		return "heading"
	case KindListItem:
		return "list_item"
	case KindQuote:
		return "quote"
	case KindCaption:
		return "caption"
	case KindPreformatted:
		return "preformatted"
	case KindTableRow:
		return "table_row"
	case KindStandfirst:
		return "standfirst"
	}
	return "text"
}

// Paragraph is one block of an article's body.
type Paragraph struct {
	Kind ParagraphKind
	Text string
}

// Mention is a country an article mentions. It names the country by its
// Ref, which gives the code, the name and the flag: a load holds a
// mention for every country of every article, and so each takes 8 bytes,
// not the 64 of three strings and a count.
type Mention struct {
	Country countries.Ref
	Primary bool  // the article is about this country
	Count   int32 // mentions in the text
}

// NewMention returns the mention of the country with the alpha-2 code;
// ok is false when there is no such country.
func NewMention(code string, count int, primary bool) (m Mention, ok bool) {
	r := countries.RefOf(code)
	return Mention{Country: r, Primary: primary, Count: int32(min(max(count, 0), math.MaxInt32))}, r != 0
}

// Code is the country's ISO 3166-1 alpha-2 code ("KP").
func (m Mention) Code() string { return m.Country.Country().Code }

// Name is the project's short name of the country ("North Korea").
func (m Mention) Name() string { return m.Country.Country().Name }

// Flag is the country's emoji flag.
func (m Mention) Flag() string { return m.Country.Country().Flag }

// Article is one parsed news article. Every string field is sanitised: no
// control characters or escape sequences.
type Article struct {
	ID             string
	Title          string
	TitleDerived   bool // Title was derived from the lead, not given by the text
	Date           Date
	Source         string
	Credit         string // a wire credit besides the source ("Yonhap")
	Dateline       string
	Body           []Paragraph
	Countries      []Mention // primary first, then by count, then by name
	Words          int
	ReadingMinutes int
	Author         string   // the byline's person or people ("Jane Doe")
	URL            string   // the article's own address (front matter, canonical link, feed item)
	Lang           string   // BCP 47 language tag where the source says ("en", "de")
	Key            string   // identity that survives runs, moves and renames (see DESIGN.md, Identity)
	Path           string   // the file it came from; "" for the bundled corpus
	Paths          []string // every file or feed item it came from, identical copies included
	Bytes          int      // size of the raw text
}
