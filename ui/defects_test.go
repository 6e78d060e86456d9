package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
)

// namesStore has articles that mention countries by the names people use.
func namesStore(t *testing.T) *store.Store {
	t.Helper()
	var arts []*articles.Article
	for i, code := range []string{"GB", "UA", "US", "NL", "CI", "MM", "QA", "DE"} {
		m := mention(code, 1, true)
		arts = append(arts, &articles.Article{ID: m.Code(), Title: "News of " + m.Name(),
			Date:      articles.Date{Year: 2025, Month: time.January, Day: 1 + i, Precision: articles.DateFull},
			Countries: []articles.Mention{m}, Body: []articles.Paragraph{{Text: "Text."}}})
	}
	return store.New(arts)
}

// TestCountriesFilterNamesPeopleUse: the filter finds a country by a name
// the tagger knows, first, and by the text of its name.
func TestCountriesFilterNamesPeopleUse(t *testing.T) {
	for _, c := range []struct {
		typed string
		first string
		also  []string
	}{
		{"uk", "GB", []string{"UA"}}, {"usa", "US", nil}, {"britain", "GB", nil}, {"england", "GB", nil},
		{"holland", "NL", nil}, {"ivory coast", "CI", nil}, {"burma", "MM", nil}, {"qatar", "QA", nil},
		{"germany", "DE", nil}, {"de", "DE", nil},
	} {
		d := newDriver(t, New(namesStore(t), Options{}), 100, 30)
		d.keys("c").typ(c.typed)
		var codes []string
		for _, r := range d.m.countries.rows {
			if r != rowAll {
				codes = append(codes, d.m.countries.code(r))
			}
		}
		if len(codes) == 0 || codes[0] != c.first {
			t.Errorf("%q: rows %v, want %s first", c.typed, codes, c.first)
		}
		for _, want := range c.also {
			if !strings.Contains(strings.Join(codes, " "), want) {
				t.Errorf("%q: rows %v lack %s", c.typed, codes, want)
			}
		}
		if d.quit || d.m.focus != paneCountries {
			t.Errorf("%q: quit %v, focus %v", c.typed, d.quit, d.m.focus)
		}
	}
}

// TestFooterAndLayoutDefects covers what a new user saw in the footer and
// the rows.
func TestFooterAndLayoutDefects(t *testing.T) {
	footer := func(d *driver) string {
		lines := strings.Split(d.screen(), "\n")
		return lines[len(lines)-1]
	}
	// At 80 columns the list keeps c and the reader [/].
	d := newTestDriver(t, 80, 24)
	if f := footer(d); !strings.Contains(f, "c countries") {
		t.Errorf("list footer at 80: %q", f)
	}
	d.keys("enter")
	if f := footer(d); !strings.Contains(f, "[/]") {
		t.Errorf("reader footer at 80: %q", f)
	}
	// With hits, the reader's footer leads with n/N.
	d.keys("/").typ("belarus").keys("enter")
	if f := footer(d); !strings.HasPrefix(strings.TrimSpace(f), "n/N") {
		t.Errorf("reader footer with hits: %q", f)
	}
	// Reopening / shows no counter of the find before.
	d.keys("/")
	if s := d.screen(); regexp.MustCompile(`/ .*\d+/\d+`).MatchString(strings.Split(s, "\n")[21]) {
		t.Errorf("a new find line shows the last counter:\n%s", s)
	}
	// ] on the last article says so.
	d = newTestDriver(t, 80, 24)
	d.keys("G enter ]")
	if !strings.Contains(footer(d), "last article") {
		t.Errorf("] on the last article: %q", footer(d))
	}

	// An undated corpus has no date column, and a row without source or
	// countries says how long the article is.
	a := &articles.Article{ID: "plain", Title: "An undated note", Body: []articles.Paragraph{{Text: "Text."}}, ReadingMinutes: 2}
	d = newDriver(t, New(store.New([]*articles.Article{a}), Options{}), 80, 24)
	rows := strings.Split(d.screen(), "\n")
	if !strings.HasPrefix(rows[2], "│ An undated note") || !strings.Contains(rows[3], "2 min read") {
		t.Errorf("undated rows:\n%s\n%s", rows[2], rows[3])
	}

	// The reader's metadata cuts a long path on the left, never mid-word
	// across lines; and the scroll position moves from the first page on.
	b := *bundled(t)[2]
	b.Path = "/home/someone/news/" + strings.Repeat("very-long-folder-name/", 6) + "article.txt"
	d = newDriver(t, New(store.New([]*articles.Article{&b}), Options{}), 60, 20)
	d.keys("enter")
	for _, l := range metaLines(&b, d.m.reader.textW) {
		if strings.Contains(l, "very-long") && !strings.HasPrefix(l, "…") && !strings.Contains(l, " · ") {
			t.Errorf("a path broken across lines: %q", l)
		}
	}
	d.keys("space")
	if pos := d.m.reader.position(); pos == "0%" || pos == "top" {
		t.Errorf("after a page the position is %q", pos)
	}
}
