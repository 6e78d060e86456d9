package feed

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/articles"
)

// wantItem is what a test checks of one item; empty fields are checked
// to be empty too, except blocks, which are checked only when set
// ("kind:" in front of a block that is not a paragraph).
type wantItem struct {
	id, title, date, author, url string
	summary                      bool
	blocks                       []string // "heading:" marks a heading
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestParse(t *testing.T) {
	const base = "https://feeds.example.com/x/feed.xml"
	tests := []struct {
		file, contentType         string
		title, site, lang, format string
		items                     []wantItem
	}{
		{
			file: "rss2.xml", title: "Minsk & Beyond", site: "https://news.example.org/", lang: "en-gb", format: "rss 2.0",
			items: []wantItem{
				{
					id: "urn:example:potash-1", title: "Potash exports rise again", date: "2025-09-09T18:21:00Z",
					author: "Ama Mensah", url: "https://news.example.org/2025/09/potash",
					blocks: []string{"Belarus sold more potash to China this year.", "heading:Rail routes",
						"Trains now run through Russia.", "Ports in Lithuania stay closed.", "Figures from the ministry."},
				},
				{
					id: "https://news.example.org/2025/09/summary", title: "Summary only item", date: "2025-09-08T10:00:00Z",
					url: "https://feeds.example.com/2025/09/summary", summary: true, blocks: []string{"A & B met in Minsk."},
				},
			},
		},
		{
			file: "atom.xml", title: "Baku Daily", site: "https://atom.example.com/", lang: "de", format: "atom 1.0",
			items: []wantItem{
				{
					id: "tag:atom.example.com,2025:1", title: "Shusha forum opens", date: "2025-04-21T04:30:00Z",
					author: "Leyla Aliyeva", url: "https://atom.example.com/blog/posts/shusha-forum",
					blocks: []string{"Delegates from Azerbaijan and Belarus met.", "The talks ran late."},
				},
				{
					id: "tag:atom.example.com,2025:2", title: "Updated only", date: "2025-04-20T12:00:00Z",
					author: "Desk", url: "https://atom.example.com/blog/posts/updated-only", summary: true,
					blocks: []string{"Only a summary here."},
				},
			},
		},
		{
			file: "feed.json", title: "Hà Nội Wire", site: "https://json.example.net/", lang: "vi", format: "json 1.1",
			items: []wantItem{
				{
					id: "item-1", title: "Việt Nam and Belarus sign accord", date: "2025-05-11T00:00:00Z",
					author: "Nguyễn Văn A", url: "https://json.example.net/a/1",
					blocks: []string{"The two sides signed in Hà Nội.", "More to follow."},
				},
				{id: "item-2", title: "Plain text item", date: "2025-05-10T07:00:00Z", blocks: []string{"First paragraph.", "Second paragraph."}},
			},
		},
		{
			file: "rdf.xml", title: "RDF Site", site: "https://rdf.example.org/", format: "rss 1.0",
			items: []wantItem{
				{id: "https://rdf.example.org/one", title: "First RDF item", date: "2025-03-01T12:00:00Z", author: "R. Writer",
					url: "https://rdf.example.org/one", summary: true, blocks: []string{"Described in RDF."}},
				{id: "https://rdf.example.org/two", title: "Second RDF item", date: "2025-03-02T00:00:00Z",
					url: "https://rdf.example.org/two", summary: true},
			},
		},
		{
			file: "messy.xml", title: "Messy", site: "https://messy.example.com/news/", format: "rss 2.0",
			items: []wantItem{
				{id: "https://feeds.example.com/x/story/1.html", title: "Relative link", url: "https://feeds.example.com/x/story/1.html", summary: true},
				// One GUID on items of two links tells them apart by link.
				{id: "https://messy.example.com/news/2", title: "Missing date", url: "https://messy.example.com/news/2", summary: true, blocks: []string{"Two."}},
				{id: "https://messy.example.com/news/3", title: "Same GUID, another link", url: "https://messy.example.com/news/3", summary: true},
				{id: "sha256:", title: "Neither GUID nor link", summary: true},
				{id: "https://messy.example.com/news/5", title: "Wrong weekday", date: "2025-03-03T10:00:00Z", url: "https://messy.example.com/news/5", summary: true},
				{id: "js", title: "Script link", summary: true},
			},
		},
		{
			file: "latin1.xml", contentType: "application/rss+xml; charset=ISO-8859-1",
			title: "Café Nouvelles", site: "https://latin1.example.fr/", format: "rss 2.0",
			items: []wantItem{
				{id: "https://latin1.example.fr/1", title: "Résumé de la journée", url: "https://latin1.example.fr/1",
					summary: true, blocks: []string{"Naïve été à Minsk."}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(readTestdata(t, tt.file), tt.contentType, base)
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || f.SiteURL != tt.site || f.Lang != tt.lang || f.Format != tt.format {
				t.Errorf("feed = %q %q %q %q, want %q %q %q %q", f.Title, f.SiteURL, f.Lang, f.Format, tt.title, tt.site, tt.lang, tt.format)
			}
			if len(f.Items) != len(tt.items) {
				t.Fatalf("%d items, want %d: %+v", len(f.Items), len(tt.items), f.Items)
			}
			for i, want := range tt.items {
				checkItem(t, f.Items[i], want, f.Title)
			}
		})
	}
}

func checkItem(t *testing.T, got Item, want wantItem, source string) {
	t.Helper()
	date := ""
	if !got.Published.IsZero() {
		date = got.Published.UTC().Format(time.RFC3339)
	}
	idOK := got.ID == want.id || strings.HasSuffix(want.id, ":") && strings.HasPrefix(got.ID, want.id) && len(got.ID) > len(want.id)+16
	if !idOK || got.Title != want.title || date != want.date || got.Author != want.author || got.URL != want.url || got.Summary != want.summary {
		t.Errorf("item = id %q title %q date %q author %q url %q summary %v\n  want id %q title %q date %q author %q url %q summary %v",
			got.ID, got.Title, date, got.Author, got.URL, got.Summary, want.id, want.title, want.date, want.author, want.url, want.summary)
	}
	if got.Source != source {
		t.Errorf("%s: source %q, want the feed's title %q", want.title, got.Source, source)
	}
	if want.blocks != nil {
		if g := blockStrings(got.Blocks); strings.Join(g, "|") != strings.Join(want.blocks, "|") {
			t.Errorf("%s: blocks\n  %q\nwant\n  %q", want.title, g, want.blocks)
		}
	}
}

// blockStrings shows blocks as "kind:text", plain "text" for a paragraph.
func blockStrings(bs []articles.Block) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Text
		if b.Kind != articles.KindText {
			out[i] = b.Kind.String() + ":" + b.Text
		}
	}
	return out
}

// A feed in ISO-8859-1 with no XML declaration is unreadable without the
// charset of its header: the bytes are not UTF-8.
func TestParseCharsetPrecedence(t *testing.T) {
	latin1 := readTestdata(t, "latin1.xml")
	declared := append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?>`+"\n"), latin1...)
	utf8Declared := []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café</title></channel></rss>`)
	tests := []struct {
		name, contentType string
		raw               []byte
		title             string
	}{
		{"header only", "text/xml; charset=iso-8859-1", latin1, "Café Nouvelles"},
		{"header, quoted", `application/rss+xml; charset="ISO-8859-1"`, latin1, "Café Nouvelles"},
		{"declaration only", "", declared, "Café Nouvelles"},
		{"header lies utf-8, declaration right", "text/xml; charset=utf-8", declared, "Café Nouvelles"},
		{"neither: Windows-1252", "", latin1, "Café Nouvelles"},
		{"declaration lies, header right", "text/xml; charset=utf-8", utf8Declared, "Café"},
		{"utf-8 bom", "text/xml; charset=iso-8859-1", append([]byte{0xEF, 0xBB, 0xBF}, []byte(`<rss version="2.0"><channel><title>Café</title></channel></rss>`)...), "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.raw, tt.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title {
				t.Errorf("title %q, want %q", f.Title, tt.title)
			}
		})
	}
}

func TestParseNotFeed(t *testing.T) {
	tests := []struct {
		name, raw, what string
	}{
		{"html", "<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>", "an HTML page"},
		{"empty", "  \n", "empty"},
		{"json", `{"name": "not a feed"}`, "JSON that is not a JSON Feed"},
		{"xml", `<?xml version="1.0"?><note>hi</note>`, "XML without an rss, rdf or feed root element"},
		{"text", "just words", "plain text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.raw), "", "")
			var nf *NotFeedError
			if !errors.As(err, &nf) || !errors.Is(err, ErrNotFeed) || nf.What != tt.what {
				t.Fatalf("err = %v, want not a feed: %s", err, tt.what)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want bool
	}{
		{"rss", readFile(t, "rss2.xml"), true},
		{"atom", readFile(t, "atom.xml"), true},
		{"rdf", readFile(t, "rdf.xml"), true},
		{"json feed", readFile(t, "feed.json"), true},
		{"json items without version", `{"items": []}`, true},
		{"other json", `{"version": "1", "data": []}`, false},
		{"html", "<html><body>x</body></html>", false},
		{"svg", `<?xml version="1.0"?><svg/>`, false},
		{"text", "Minsk, 3 May", false},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.raw)); got != tt.want {
			t.Errorf("%s: Detect = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func readFile(t *testing.T, name string) string { return string(readTestdata(t, name)) }

// Items over MaxItems are dropped and counted, and an item with neither
// GUID nor link keeps its ID when read again.
func TestParseLimitsAndStableIDs(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Big</title>`)
	for i := range MaxItems + 7 {
		b.WriteString("<item><title>Item ")
		b.WriteString(strings.Repeat("x", i%5))
		b.WriteString(time.Unix(int64(i), 0).UTC().Format(time.RFC3339))
		b.WriteString("</title><description>d</description></item>")
	}
	b.WriteString(`</channel></rss>`)
	f, err := Parse([]byte(b.String()), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != MaxItems || f.Dropped != 7 {
		t.Errorf("%d items, %d dropped; want %d and 7", len(f.Items), f.Dropped, MaxItems)
	}
	again, err := Parse([]byte(b.String()), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if again.Items[42].ID != f.Items[42].ID || !strings.HasPrefix(f.Items[42].ID, "sha256:") {
		t.Errorf("ID %q then %q, want the same digest twice", f.Items[42].ID, again.Items[42].ID)
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Potash <b>rises</b>", "Potash rises"},
		{"A &amp; B", "A & B"},
		{"5 < 6 and 7 > 3", "5 < 6 and 7 > 3"},
		{"Caf&eacute; &#8211; news", "Café – news"},
		{"  spread\n over\tlines  ", "spread over lines"},
		{"no&nbsp;break", "no break"},
		{"<![CDATA[x]]>", "<![CDATA[x]]>"},
		{"tag <!-- note --> gone", "tag gone"},
		{"re<em>open</em>s", "reopens"},
		{"one<br>two", "one two"},
		{"fix-<tabs> and <angle brackets>", "fix-<tabs> and <angle brackets>"},
		{"v2.3.1: fix <select> rendering", "v2.3.1: fix <select> rendering"},
		{`<span style="color:red">Red</span> alert`, "Red alert"},
	}
	for _, tt := range tests {
		if got := PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBlocks(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", []string{"One.", "Two."}},
		{"bare text and br", "One.<br/>Two.<br><br>Three.", []string{"One.", "Two.", "Three."}},
		{"headings", "<h3>Heading</h3><p>Text</p>", []string{"heading:Heading", "Text"}},
		{"lists", "<ul><li>First</li><li><p>Second</p></li></ul>", []string{"list_item:First", "list_item:Second"}},
		{"quote", "<blockquote><p>Said.</p><p>Again.</p></blockquote><p>After</p>", []string{"quote:Said.", "quote:Again.", "After"}},
		{"caption", "<figure><img src=x><figcaption>A caption</figcaption></figure>", []string{"caption:A caption"}},
		{"pre", "<pre>line one\n  indented<br>third</pre>", []string{"preformatted:line one\n  indented\nthird"}},
		{"table head", "<table><tr><th>Name</th><th>Count</th></tr><tr><td><p>a</p></td><td>1</td></tr></table>", []string{"table_row:Name | Count", "table_row:a | 1"}},
		{"dropped", `<p>Keep</p><script>x()</script><style>p{}</style><iframe src="x"></iframe><form><input></form>`, []string{"Keep"}},
		{"inline joins", "<p>A <a href='/x'>link</a> and <em>more</em></p>", []string{"A link and more"}},
		{"table rows", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", []string{"table_row:a | b", "table_row:c"}},
		{"plain text paragraphs", "First line\nstill first.\n\nSecond.", []string{"First line still first.", "Second."}},
		{"plain text lines", "One\nTwo", []string{"One", "Two"}},
		{"entities only", "Tom &amp; Jerry", []string{"Tom & Jerry"}},
		{"escape sequences", "<p>x\x1b[31mred\x1b]0;title\x07</p>", []string{"xred"}},
		{"empty", "  ", nil},
		{"nbsp lines", "<p>&nbsp;&nbsp;</p><p>Real</p>", []string{"Real"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blockStrings(Blocks(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Blocks(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseLooseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Monday, 03 Mar 2025 10:00:00 +0000", "2025-03-03T10:00:00Z"},
		{"2025-03-03 10:00:00", "2025-03-03T10:00:00Z"},
		{"March 3, 2025", "2025-03-03T00:00:00Z"},
		{"not a date", ""},
		{"", ""},
		{"31 Sep 2025", ""},
		{"tue, 01 jul 2025 10:00:00 gmt", "2025-07-01T10:00:00Z"},
		{"Tue, 01 Jul 25 10:00:00 GMT", "2025-07-01T10:00:00Z"},
		{"Mon, 01 Sept 2025 10:00:00 GMT", "2025-09-01T10:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 A", "2025-07-01T10:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00", "2025-07-01T10:00:00Z"},
		{"Tue,01 Jul 2025 10:00:00 +0200", "2025-07-01T08:00:00Z"},
		{"Tue, 01-Jul-2025 10:00:00 GMT", "2025-07-01T10:00:00Z"},
		{"2025-07-01t10:00:00z", "2025-07-01T10:00:00Z"},
		{"2025-07-01T10:00:00+02", "2025-07-01T08:00:00Z"},
		{"20250701T100000Z", "2025-07-01T10:00:00Z"},
		{"1751364000", "2025-07-01T10:00:00Z"},
		{"1751364000000", "2025-07-01T10:00:00Z"},
		{"12345", ""},
		{"Di, 01 Jul 2025 10:00:00 +0200", "2025-07-01T08:00:00Z"},
		{"Mi, 02 Okt 2025 10:00:00 +0200", "2025-10-02T08:00:00Z"},
		{"mar., 01 juil. 2025 10:00:00 +0200", "2025-07-01T08:00:00Z"},
		{"mié, 02 jul 2025 10:00:00 +0200", "2025-07-02T08:00:00Z"},
		{"wo, 02 mei 2025 10:00:00 +0200", "2025-05-02T08:00:00Z"},
		{"Qua, 02 Abr 2025 10:00:00 -0300", "2025-04-02T13:00:00Z"},
		{"Mer, 02 Lug 2025 10:00:00 +0200", "2025-07-02T08:00:00Z"},
		{"3 März 2025", "2025-03-03T00:00:00Z"},
		{"2025-07-01T10:00:00 +02:00", "2025-07-01T08:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 +0000 (UTC)", "2025-07-01T10:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 GMT+02:00", "2025-07-01T08:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 UTC+5", "2025-07-01T05:00:00Z"},
		{"Tue Jul 01 2025 10:00:00 GMT+0000 (Coordinated Universal Time)", "2025-07-01T10:00:00Z"},
		{"2025/07/01 10:00:00 +0000", "2025-07-01T10:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 ET", "2025-07-01T15:00:00Z"},
		{"Tue, 01 Jul 2025 10:00 est", "2025-07-01T15:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 CEST", "2025-07-01T08:00:00Z"},
		{"Tue, 01 Jul 2025 10:00:00 AEST", "2025-07-01T00:00:00Z"},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := parseLooseDate(tt.in); ok {
			got = d.UTC().Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseLooseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Every item of the test feeds becomes an Article through the parts
// entry with the item's title, date, author, source and address.
func TestItemsBecomeArticles(t *testing.T) {
	for _, file := range []string{"rss2.xml", "atom.xml", "feed.json", "rdf.xml", "messy.xml", "latin1.xml"} {
		f, err := Parse(readTestdata(t, file), "", "https://feeds.example.com/feed.xml")
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range f.Items {
			a, err := articles.FromParts("x/"+it.ID, it.Parts())
			if err != nil {
				t.Errorf("%s: %q: %v", file, it.Title, err)
				continue
			}
			if a.Title != it.Title || a.TitleDerived || a.Source != f.Title || a.Author != it.Author || a.URL != it.URL ||
				a.Date != articles.DateOf(it.Published) {
				t.Errorf("%s: article %q %v %q %q %q, item %q %v %q %q %q", file, a.Title, a.Date, a.Source, a.Author, a.URL,
					it.Title, it.Published, f.Title, it.Author, it.URL)
			}
		}
	}
}

// A feed cut short keeps its whole items and the item it was cut in,
// without the text cut short, as feedparser does; one broken after some
// items keeps its whole items.
func TestParseBrokenKeepsWholeItems(t *testing.T) {
	tests := []struct {
		name, raw string
		titles    []string
	}{
		{"rss cut short", `<rss version="2.0"><channel><title>C</title><item><title>One</title><guid>1</guid></item><item><title>Two</title>`, []string{"One", "Two"}},
		{"rss cut in a tag", `<rss version="2.0"><channel><title>C</title><item><title>One</title></item><item><title>Two</title><desc`, []string{"One", "Two"}},
		{"rss cut in CDATA", `<rss version="2.0"><channel><title>C</title><item><title>One</title></item><item><title><![CDATA[Tw`, []string{"One", ""}},
		{"rss broken after", `<rss version="2.0"><channel><title>C</title><item><title>One</title></item><item><title>Two</title></item></channel></rss><<<`, []string{"One", "Two"}},
		{"atom cut short", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>E1</title></entry><entry><id>2</id><title>E`, []string{"E1", ""}},
		{"rdf cut short", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item><title>R1</title><link>http://x/1</link></item><item><title>R2`, []string{"R1", ""}},
	}
	for _, tt := range tests {
		f, err := Parse([]byte(tt.raw), "", "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var got []string
		for _, it := range f.Items {
			got = append(got, it.Title)
		}
		if strings.Join(got, "|") != strings.Join(tt.titles, "|") {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.titles)
		}
	}
	if _, err := Parse([]byte(`<rss version="2.0"><channel><title>C</title><item`), "", ""); err == nil {
		t.Error("a feed cut before its first item read")
	}
}
