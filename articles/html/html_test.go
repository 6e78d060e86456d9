package html

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	utf16enc "golang.org/x/text/encoding/unicode"

	"dateline/articles"
)

func TestDecode(t *testing.T) {
	utf16 := func(s string) []byte {
		b, err := utf16enc.UTF16(utf16enc.LittleEndian, utf16enc.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	const page = "<html><head>%s</head><body><p>Café in Zürich costs €4 — “cheap”.</p></body></html>"
	tests := []struct {
		name string
		raw  []byte
	}{
		{"utf-8 with meta", []byte(strings.Replace(page, "%s", `<meta charset="utf-8">`, 1))},
		{"utf-8 without meta", []byte(strings.Replace(page, "%s", "", 1))},
		{"utf-8 with a BOM", append([]byte("\xEF\xBB\xBF"), strings.Replace(page, "%s", "", 1)...)},
		{"windows-1252 from meta charset", latin(strings.Replace(page, "%s", `<meta charset="windows-1252">`, 1))},
		{"iso-8859-1 from the content-type meta", latin(strings.Replace(page, "%s", `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, 1))},
		{"windows-1252 without meta", latin(strings.Replace(page, "%s", "", 1))},
		{"utf-16 with a BOM", utf16(strings.Replace(page, "%s", "", 1))},
		{"utf-16 without a BOM", utf16NoBOM(t, utf16enc.LittleEndian, strings.Replace(page, "%s", "", 1))},
		{"utf-16 big-endian without a BOM", utf16NoBOM(t, utf16enc.BigEndian, strings.Replace(page, "%s", `<meta charset="utf-16">`, 1))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(decode(tt.raw, ""))
			if !strings.Contains(got, "Café in Zürich costs €4 — “cheap”.") {
				t.Errorf("decode = %q", got)
			}
		})
	}
}

// utf16NoBOM encodes s as UTF-16 in the given order, without a mark.
func utf16NoBOM(t *testing.T, order utf16enc.Endianness, s string) []byte {
	t.Helper()
	b, err := utf16enc.UTF16(order, utf16enc.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReadUTF16WithoutBOM: a page saved as UTF-16 without a byte-order
// mark reads as the page, not as markup with NULs in it.
func TestReadUTF16WithoutBOM(t *testing.T) {
	page := "<html><head><title>Grain talks in Zürich</title></head><body><article><h1>Grain talks in Zürich</h1>" +
		strings.Repeat("<p>Delegates met in Zürich to discuss the grain corridor and its tariffs.</p>", 4) + "</article></body></html>"
	for _, order := range []utf16enc.Endianness{utf16enc.LittleEndian, utf16enc.BigEndian} {
		p, err := Read(utf16NoBOM(t, order, page))
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.FromParts("grain", p)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Grain talks in Zürich" || len(a.Body) == 0 || !strings.Contains(a.Body[0].Text, "Delegates met in Zürich") {
			t.Errorf("order %v: title %q body %v", order, a.Title, a.Body)
		}
	}
}

// TestReadServedCharset: the charset a server names in Content-Type decodes
// the page, over its <meta>, and a byte-order mark over both.
func TestReadServedCharset(t *testing.T) {
	cyrillic := func(s string) []byte {
		b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	const text = "Минск продаёт калий в Китай по железной дороге через Россию."
	page := func(meta string) string {
		return "<html><head>" + meta + "<title>Калий</title></head><body><article>" + strings.Repeat("<p>"+text+"</p>", 3) + "</article></body></html>"
	}
	tests := []struct {
		name, contentType string
		raw               []byte
	}{
		{"charset only in the header", "text/html; charset=windows-1251", cyrillic(page(""))},
		{"header over a wrong meta", "text/html; charset=windows-1251", cyrillic(page(`<meta charset="iso-8859-1">`))},
		{"quoted, in capitals", `text/html; charset="WINDOWS-1251"`, cyrillic(page(""))},
		{"a header without a charset leaves the meta", "text/html", cyrillic(page(`<meta charset="windows-1251">`))},
		{"a BOM over the header", "text/html; charset=windows-1251", append([]byte("\xEF\xBB\xBF"), page("")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ReadServed(tt.raw, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, b := range p.Blocks {
				all.WriteString(b.Text)
			}
			if !strings.Contains(all.String(), text) {
				t.Errorf("text %q", all.String())
			}
		})
	}
	// Without the header, the same bytes are not Cyrillic: the test can fail.
	if p, _ := Read(cyrillic(page(""))); len(p.Blocks) > 0 && strings.Contains(p.Blocks[0].Text, text) {
		t.Error("the page reads as Cyrillic without its header: the cases above prove nothing")
	}
}

func TestRead(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "pages", "broadsheet-grain.html"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	a, err := articles.FromParts("grain", p)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Grain deal extended for another year" || a.Author != "Jane Doe" || a.Source != "Daily Planet" ||
		a.Date.String() != "2025-03-05" || a.Lang != "en" || !strings.HasPrefix(a.URL, "https://www.dailyplanet.example/") {
		t.Errorf("title %q author %q source %q date %q lang %q url %q", a.Title, a.Author, a.Source, a.Date, a.Lang, a.URL)
	}
	var kinds []string
	for _, b := range a.Body {
		kinds = append(kinds, b.Kind.String())
		for _, bad := range []string{"cookies", "Share on", "Related stories", "Great news for everyone", "©", "Home"} {
			if strings.Contains(b.Text, bad) {
				t.Errorf("furniture %q in %q", bad, b.Text)
			}
		}
	}
	for _, k := range []string{"heading", "list_item", "quote", "text"} {
		if !slices.Contains(kinds, k) {
			t.Errorf("no %s block among %q", k, kinds)
		}
	}
}

// TestReadLittle: a page where extraction finds no main text still gives
// its title and what text it has.
func TestReadLittle(t *testing.T) {
	tests := []struct {
		name, page, title, text string
	}{
		{"a title and one line", "<html><head><title>Opening hours</title></head><body><div>Open 9 to 5.</div></body></html>", "Opening hours", "Open 9 to 5."},
		{"no title", "<p>Just one short line</p>", "Just one short line", ""},
		{"no markup at all", "plain words in a file named .html", "plain words in a file named .html", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			a, err := articles.FromParts("x", p)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if tt.text != "" && (len(a.Body) == 0 || a.Body[0].Text != tt.text) {
				t.Errorf("body = %v, want %q first", a.Body, tt.text)
			}
		})
	}
}

// TestLoadHTML: a folder's .html and .htm files load, and so does one named
// directly, as articles rather than markup.
func TestLoadHTML(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.html", "b.HTM", "sub/c.htm"} {
		// Each page its own: identical copies would load as one article.
		page := "<!DOCTYPE html><html><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>" +
			"<p>A storm hit the coast on Monday, cutting power to thousands of homes and closing the main road north for the day (" +
			name + ").</p></article></body></html>"
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, paths := range [][]string{{dir}, {filepath.Join(dir, "a.html")}} {
		got, err := articles.Load(context.Background(), paths, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := 3
		if len(paths[0]) > len(dir) {
			want = 1
		}
		if len(got.Articles) != want || len(got.Skipped) != 0 {
			t.Fatalf("%v: loaded %d, skipped %v; want %d", paths, len(got.Articles), got.Skipped, want)
		}
		for _, a := range got.Articles {
			if a.Title != "Storm hits the coast" || len(a.Body) != 1 || strings.Contains(a.Body[0].Text, "<") {
				t.Errorf("%s: title %q body %v", a.Path, a.Title, a.Body)
			}
			if len(a.Paths) != 1 || a.Paths[0] != a.Path {
				t.Errorf("paths = %q, want [%q]", a.Paths, a.Path)
			}
		}
	}
}

// FuzzRead: no page makes the HTML path panic or put invalid UTF-8 or a
// control character into an article.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"<html><head><title>T</title></head><body><p>Some text here.</p></body></html>",
		"<meta charset=\"windows-1252\"><p>Caf\xe9</p>",
		"\xFF\xFE<\x00p\x00>\x00h\x00i\x00",
		"<pre>a\x1b[31mred\n\tb</pre><table><tr><td>1</td><td>\x9b2J</td></tr></table>",
		"<ol><li>one<li>two</ol><blockquote>q</blockquote><figure><figcaption>c</figcaption></figure>",
		"<script>alert(1)</script><title>\x07bell</title>",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := Read(raw)
		if err != nil {
			return
		}
		a, err := articles.FromParts("fuzz", p)
		if err != nil {
			return
		}
		check := func(field, s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", field, s)
			}
			for _, r := range s {
				if r != '\n' && (unicode.IsControl(r) || r == 0x1b) {
					t.Fatalf("%s holds control character %U: %q", field, r, s)
				}
			}
		}
		for name, s := range map[string]string{"title": a.Title, "author": a.Author, "source": a.Source, "url": a.URL, "lang": a.Lang, "dateline": a.Dateline} {
			check(name, s)
		}
		for _, b := range a.Body {
			check("body", b.Text)
		}
	})
}

// TestExplainPage: the explanation of a page lists what the extractor
// left out, by the rule "extractor".
func TestExplainPage(t *testing.T) {
	e, err := articles.ExplainFile("grain", filepath.Join("testdata", "pages", "broadsheet-grain.html"))
	if err != nil {
		t.Fatal(err)
	}
	dropped := map[string]bool{}
	for _, r := range e.Removed {
		if r.Rule == articles.RuleExtractor {
			dropped[r.Text] = true
		}
	}
	for _, want := range []string{"Great news for everyone, finally some sanity in the world markets.", "© 2025 Daily Planet Ltd. All rights reserved."} {
		if !dropped[want] {
			t.Errorf("%q not listed as left out by the extractor; removed: %v", want, e.Removed)
		}
	}
	for _, b := range e.Article.Body {
		if dropped[b.Text] {
			t.Errorf("%q listed as left out, but it is in the body", b.Text)
		}
	}
}

// TestReadStandfirst: a stand-first the markup marks (by class or
// itemprop) is told apart from the first paragraph, and from a heading;
// the first paragraph stays text, and a page that marks none keeps its
// first paragraph as it was.
func TestReadStandfirst(t *testing.T) {
	body := strings.Repeat("<p>Delegates met in Geneva on Monday to discuss the grain corridor, its tariffs and the ships waiting to sail.</p>", 4)
	tests := []struct {
		name, page, standfirst, first string
	}{
		{"class standfirst", `<article><h1>Grain talks resume</h1><p class="standfirst">Ships wait as the talks go on.</p>` + body + `</article>`,
			"Ships wait as the talks go on.", "Delegates met in Geneva"},
		{"a heading marked as one", `<article><h1>Grain talks resume</h1><h2 class="story-standfirst">Ships wait as the talks go on</h2>` + body + `</article>`,
			"Ships wait as the talks go on", "Delegates met in Geneva"},
		{"a part of a class name", `<article><h1>Grain talks resume</h1><p class="article__dek">Ships wait as the talks go on.</p>` + body + `</article>`,
			"Ships wait as the talks go on.", "Delegates met in Geneva"},
		{"itemprop", `<article><h1>Grain talks resume</h1><p itemprop="description">Ships wait as the talks go on.</p>` + body + `</article>`,
			"Ships wait as the talks go on.", "Delegates met in Geneva"},
		{"no markup", `<article><h1>Grain talks resume</h1><p>Ships wait as the talks go on.</p>` + body + `</article>`,
			"", "Ships wait as the talks go on."},
		{"the same words further down are text", `<article><h1>Grain talks resume</h1><p>Delegates met again.</p>` + body + `<p class="summary">Delegates met again.</p></article>`,
			"", "Delegates met again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read([]byte("<html><head><title>Grain talks resume</title></head><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := articles.FromParts("grain", p)
			if err != nil {
				t.Fatal(err)
			}
			var standfirst, first string
			for _, b := range a.Body {
				switch {
				case b.Kind == articles.KindStandfirst:
					standfirst = b.Text
				case b.Kind == articles.KindText && first == "":
					first = b.Text
				}
			}
			if standfirst != tt.standfirst || !strings.HasPrefix(first, tt.first) {
				t.Errorf("stand-first %q, first paragraph %q; want %q, %q…\n%v", standfirst, first, tt.standfirst, tt.first, a.Body)
			}
		})
	}
	// The pages of the evaluation set that mark one and whose extractor
	// keeps it: a live page's, one with comments.
	for _, tc := range []struct{ file, standfirst string }{
		{"19-live-whale-rescue.html", "Thirty pilot whales were guided back to sea"},
		{"15-comments-coffee-prices.html", "Arabica futures have risen 70% this year"},
	} {
		raw, err := os.ReadFile(filepath.Join("testdata", "eval", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(raw)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, b := range p.Blocks {
			if b.Kind == articles.KindStandfirst && strings.HasPrefix(b.Text, tc.standfirst) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no stand-first %q in %v", tc.file, tc.standfirst, p.Blocks[:min(3, len(p.Blocks))])
		}
	}
}
