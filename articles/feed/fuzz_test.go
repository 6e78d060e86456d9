package feed

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds anything to the feed reader and the OPML reader: they
// may refuse it, but never panic, and what they give is valid text with
// no escape sequence or other control character.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, file := range files {
		if raw, err := os.ReadFile(file); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte("<rss><channel><item><title>\x1b]52;c;aGk=\x07x</title></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		clean := func(what, s string) {
			if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 }) {
				t.Fatalf("%s %q is not clean text", what, s)
			}
		}
		if fd, err := Parse(raw, "", "https://example.com/feed"); err == nil {
			clean("feed title", fd.Title)
			for _, it := range fd.Items {
				clean("title", it.Title)
				clean("author", it.Author)
				clean("url", it.URL)
				for _, b := range it.Blocks {
					clean("block", strings.ReplaceAll(b.Text, "\n", " "))
				}
			}
		}
		if outlines, err := ReadOPML(bytes.NewReader(raw)); err == nil {
			for _, o := range outlines {
				clean("outline", o.URL+o.Title+o.Category)
			}
		}
		Discover(raw, "", "https://example.com/")
	})
}

// FuzzParseLooseDate reads anything as a date: it may refuse it, but never
// panics, and a date it reads is one a feed could mean.
func FuzzParseLooseDate(f *testing.F) {
	for _, s := range []string{
		"Tue, 01 Jul 2025 10:00:00 GMT+02:00", "Tue Jul 01 2025 10:00:00 GMT+0000 (Coordinated Universal Time)",
		"mar., 01 juil. 2025 10:00:00 +0200", "1751364000", "20250701T100000Z", "Tue, 01 Jul 25 10:00:00 A", "UTC+", "(",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseLooseDate(s); ok && (d.Year() < 1900 || d.Year() > 2300) {
			t.Fatalf("parseLooseDate(%q) = %v", s, d)
		}
	})
}
