package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline/articles"
	"dateline/store"
)

// pageSources is a library whose one feed article's page holds the text
// full, fetched by FullText.
type pageSources struct {
	full  *articles.Article
	calls int
}

func (p *pageSources) List(context.Context) ([]Source, error) { return nil, nil }

func (p *pageSources) Refresh(context.Context, func(int, int)) (*Refreshed, error) {
	return &Refreshed{}, nil
}

func (p *pageSources) FullText(_ context.Context, a *articles.Article) (*articles.Article, error) {
	p.calls++
	full := *p.full
	full.ID, full.Key, full.Path, full.Paths = a.ID, a.Key, a.Path, a.Paths
	return &full, nil
}

// A full text fetched in the app is searchable at once, not only after the
// next refresh or start.
func TestFullTextIsSearchableAtOnce(t *testing.T) {
	summary := &articles.Article{
		ID: "wire/grain", Key: "feed:http://wire.test/feed grain-1", Title: "Grain talks", Source: "Wire",
		URL: "http://wire.test/grain", Words: 6,
		Date: articles.Date{Year: 2026, Month: time.May, Day: 20, Precision: articles.DateFull}, // the newest
		Body: []articles.Paragraph{{Text: "Grain talks resumed on Monday."}},
	}
	page := &articles.Article{Title: "Grain talks", Source: "Wire", URL: summary.URL, Words: 120, Date: summary.Date,
		Body: []articles.Paragraph{{Text: "Grain talks resumed on Monday. " + strings.Repeat("The delegates from Zanzibar argued over tariffs. ", 12)}}}
	src := &pageSources{full: page}
	arts := append(bundled(t), summary)
	m := New(store.New(arts), Options{Sources: src})
	d := newDriver(t, m, 120, 40)
	d.keys("g enter") // the newest: the feed's summary
	if src.calls != 1 {
		t.Fatalf("opening the summary fetched its page %d times", src.calls)
	}
	if !strings.Contains(d.screen(), "Zanzibar") {
		t.Fatalf("the reader does not show the full text:\n%s", d.screen())
	}
	d.keys("esc /").typ("zanzibar")
	if ids := searchIDs(d); len(ids) != 1 || ids[0] != "wire/grain" {
		t.Errorf("search for a word of the full text: %v", ids)
	}
	if a, ok := d.m.store.ByID("wire/grain"); !ok || a.Words != 120 {
		t.Errorf("the store still holds the summary: %+v", a)
	}
}

// A store built with a full text over a store that a refresh has since
// replaced is built again over the new one, not put in its place.
func TestFullTextStoreOverAReplacedStore(t *testing.T) {
	m := New(testStore(t), Options{})
	old := m.storeGen
	stale := withFullTextsMsg{store: store.New(nil), gen: old}
	m.replaceStore(testStore(t))
	if cmd := m.takeFullTexts(stale); cmd == nil || m.store.Len() == 0 {
		t.Errorf("a stale store was taken: %d articles", m.store.Len())
	}
}

// The reader sets a stand-first apart from the text, in italics, with and
// without colour.
func TestReaderShowsTheStandfirst(t *testing.T) {
	a := &articles.Article{ID: "grain", Title: "Grain talks resume", Words: 20,
		Body: []articles.Paragraph{{Kind: articles.KindStandfirst, Text: "Ships wait as the talks go on"}, {Text: "Delegates met in Geneva on Monday."}}}
	for _, noColor := range []bool{false, true} {
		if noColor {
			t.Setenv("NO_COLOR", "1")
		}
		d := newDriver(t, New(store.New([]*articles.Article{a}), Options{}), 100, 30)
		d.keys("enter")
		var standfirst, text string
		for _, line := range strings.Split(d.m.View().Content, "\n") {
			switch {
			case strings.Contains(line, "Ships wait"):
				standfirst = line
			case strings.Contains(line, "Delegates met"):
				text = line
			}
		}
		if !strings.Contains(standfirst, "\x1b[3m") || strings.Contains(text, "\x1b[3m") {
			t.Errorf("NO_COLOR %v: stand-first %q, text %q", noColor, standfirst, text)
		}
	}
}
