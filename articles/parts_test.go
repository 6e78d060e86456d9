package articles

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestFromParts(t *testing.T) {
	p := Parts{
		Title:  "Ministers agree \x1b[31mgrain\x1b[0m deal",
		Date:   DateOf(time.Date(2025, 3, 5, 10, 0, 0, 0, time.UTC)),
		Author: "Jane Doe",
		Source: "Daily Planet",
		URL:    "https://example.com/grain",
		Lang:   "en",
		Bytes:  1234,
		Blocks: []Block{
			{Kind: KindHeading, Text: "Ministers agree grain deal"},
			{Kind: KindText, Text: "By Jane Doe"},
			{Kind: KindText, Text: "Advertisement"},
			{Kind: KindText, Text: "KYIV, Ukraine — Ministers from  both countries\tagreed on Tuesday to extend the grain corridor for another year."},
			{Kind: KindCaption, Text: "A ship leaves the port of Odesa."},
			{Kind: KindListItem, Text: "Exports resume in April."},
			{Kind: KindPreformatted, Text: "  wheat  12\n  maize   9\n"},
			{Kind: KindQuote, Text: "“We have a deal,” the minister said."},
			{Kind: KindText, Text: ""},
		},
	}
	a, err := FromParts("grain", p)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ministers agree grain deal" || a.TitleDerived {
		t.Errorf("title = %q (derived %v)", a.Title, a.TitleDerived)
	}
	if a.Date.String() != "2025-03-05" || a.Author != "Jane Doe" || a.Source != "Daily Planet" ||
		a.URL != "https://example.com/grain" || a.Lang != "en" || a.Dateline != "KYIV, Ukraine" || a.Bytes != 1234 {
		t.Errorf("metadata = date %q author %q source %q url %q lang %q dateline %q bytes %d",
			a.Date, a.Author, a.Source, a.URL, a.Lang, a.Dateline, a.Bytes)
	}
	var kinds []string
	var texts []string
	for _, b := range a.Body {
		kinds = append(kinds, b.Kind.String())
		texts = append(texts, b.Text)
	}
	wantKinds := []string{"text", "caption", "list_item", "preformatted", "quote"}
	if !slices.Equal(kinds, wantKinds) {
		t.Errorf("kinds = %q, want %q (texts %q)", kinds, wantKinds, texts)
	}
	wantTexts := []string{
		"Ministers from both countries agreed on Tuesday to extend the grain corridor for another year.",
		"A ship leaves the port of Odesa.",
		"• Exports resume in April.",
		"  wheat  12\n  maize   9",
		"“We have a deal,” the minister said.",
	}
	if !slices.Equal(texts, wantTexts) {
		t.Errorf("texts = %q, want %q", texts, wantTexts)
	}
	if !hasCode(a, "UA") {
		t.Errorf("countries = %v, want UA among them", a.Countries)
	}
	if a.Words == 0 || a.ReadingMinutes == 0 {
		t.Errorf("words %d, minutes %d", a.Words, a.ReadingMinutes)
	}
}

func TestFromPartsWithoutMetadata(t *testing.T) {
	tests := []struct {
		name    string
		parts   Parts
		title   string
		derived bool
		date    string
	}{
		{"headline from the first block",
			Parts{Blocks: []Block{{Kind: KindHeading, Text: "Floods close the valley road"}, {Text: "Published: 09 Sep. 2025, 18:21"},
				{Text: "The road through the valley was closed on Monday after a night of heavy rain, the council said."}}},
			"Floods close the valley road", false, "2025-09-09"},
		{"derived from the lead",
			Parts{Blocks: []Block{{Text: "The road through the valley was closed on Monday after a night of heavy rain, the council said."}}},
			"The road through the valley was closed on Monday after a night of heavy rain, the council said.", true, ""},
		{"a title and nothing else", Parts{Title: "Only a title"}, "Only a title", false, ""},
		{"a preformatted block first is no headline",
			Parts{Blocks: []Block{{Kind: KindPreformatted, Text: "x = 1"}, {Text: "Short note"}}}, "Short note", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromParts("x", tt.parts)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.TitleDerived != tt.derived || a.Date.String() != tt.date {
				t.Errorf("title %q (derived %v), date %q; want %q (%v), %q", a.Title, a.TitleDerived, a.Date, tt.title, tt.derived, tt.date)
			}
		})
	}
}

func TestFromPartsRejectsNothing(t *testing.T) {
	for _, p := range []Parts{{}, {Title: " \x1b[2J ", Blocks: []Block{{Text: "\x07"}, {Text: "  "}}}} {
		if _, err := FromParts("x", p); !errors.Is(err, ErrEmpty) {
			t.Errorf("FromParts(%+v) = %v, want ErrEmpty", p, err)
		}
	}
}

func TestFromPartsSanitises(t *testing.T) {
	a, err := FromParts("x", Parts{Title: "A\x1b]52;c;aGk=\x07 title", Author: "Ann\u202e Lee", Source: "Bad\xffSite",
		Blocks: []Block{{Text: "Some text\x1b[1A with\x9b2J a cursor move in it, for a test of the sanitiser."}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{a.Title, a.Author, a.Source, a.Body[0].Text} {
		if strings.ContainsAny(s, "\x1b\x07\u202e\u009b") || !utf8Valid(s) {
			t.Errorf("unsanitised %q", s)
		}
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestBylineParts(t *testing.T) {
	tests := []struct{ in, author, outlet string }{
		{"By Jane Doe, Reuters", "Jane Doe", "Reuters"},
		{"BY JANE DOE, Associated Press", "Jane Doe", "Associated Press"},
		{"By Jane Doe and John Roe", "Jane Doe and John Roe", ""},
		{"BY JANE DOE AND JOHN ROE", "Jane Doe and John Roe", ""},
		{"John Roe, Staff Writer", "John Roe", ""},
		{"By Ama Mensah | Published March 5, 2024 | 4 min read", "Ama Mensah", ""},
	}
	for _, tt := range tests {
		if a, o := bylineParts(tt.in); a != tt.author || o != tt.outlet {
			t.Errorf("bylineParts(%q) = %q, %q; want %q, %q", tt.in, a, o, tt.author, tt.outlet)
		}
	}
}
