package feed

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestReadOPML(t *testing.T) {
	tests := []struct {
		file string
		want []Outline
	}{
		{"subscriptions.opml", []Outline{
			{URL: "https://news.example.org/feed?a=1&b=2", Title: "Minsk & Beyond", SiteURL: "https://news.example.org/", Category: "News"},
			{URL: "https://atom.example.com/feed.atom", Title: "Baku <Daily>", Category: "News/World"},
			{URL: "https://top.example.net/rss.xml", Title: "Top level"},
			{URL: "https://tagged.example.net/rss", Title: "Tagged", Category: "Tech/Go"},
			{URL: "https://e.example.com/?x=1&y=2&copy=3", Title: "Has & entity &copy=x"},
			{URL: "https://url-attr.example.com/rss", Title: "OPML 1 url"},
		}},
		{"opml1.opml", []Outline{
			{URL: "http://a.example.com/rss", Title: "A", Category: "Tech"},
			{URL: "http://b.example.com/rss", Title: "B", Category: "Tech"},
			{URL: "http://c.example.com/rss", Title: "C"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := ReadOPML(bytes.NewReader(readTestdata(t, tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d outlines, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("outline %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadOPMLRejects(t *testing.T) {
	for _, in := range []string{"", "<rss><channel/></rss>", "<html><body>hi</body></html>"} {
		if _, err := ReadOPML(strings.NewReader(in)); !errors.Is(err, ErrNotOPML) {
			t.Errorf("ReadOPML(%q) = %v, want %v", in, err, ErrNotOPML)
		}
	}
}

// What WriteOPML writes, ReadOPML reads back the same, categories and
// characters that need escaping included.
func TestWriteOPMLRoundTrip(t *testing.T) {
	subs := []Outline{
		{URL: "https://a.example.com/rss?x=1&y=2", Title: `A "quoted" <feed>`, SiteURL: "https://a.example.com/", Category: "News/World"},
		{URL: "https://b.example.com/rss", Title: "B"},
		{URL: "https://c.example.com/rss", Title: "", Category: "News"},
		{URL: "https://d.example.com/rss", Title: "D", Category: "News/World"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "dateline & co", subs); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<opml version="2.0">`) || !strings.Contains(out, "<title>dateline &amp; co</title>") {
		t.Errorf("not an OPML 2.0 head:\n%s", out)
	}
	got, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{subs[1], subs[2], subs[0], subs[3]} // top level first, then folder by folder
	want[1].Title = want[1].URL                           // an untitled feed is named by its address
	if len(got) != len(want) {
		t.Fatalf("read back %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("outline %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
