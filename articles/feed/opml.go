package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Outline is one subscription of an OPML file.
type Outline struct {
	URL      string // the feed's address, as written (trimmed)
	Title    string
	SiteURL  string
	Category string // the titles of the outlines around it, outermost first, joined with "/"
}

// ErrNotOPML is the error for a file with no <opml> element.
var ErrNotOPML = errors.New("not an OPML file")

// ReadOPML reads the subscriptions of an OPML 1 or 2 file: every outline
// with an xmlUrl (or a url, unless its type says it is a page or a file
// to include), in file order, duplicates dropped. The outlines around a
// subscription are its category. It reads with the HTML tokenizer, since
// real files carry bare & and < inside attributes that strict XML rejects;
// tag and attribute names are matched regardless of case.
func ReadOPML(r io.Reader) ([]Outline, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBodySize+1))
	if err != nil {
		return nil, fmt.Errorf("reading OPML: %w", err)
	}
	if len(raw) > MaxBodySize {
		return nil, fmt.Errorf("reading OPML: %w: more than %d MiB", ErrTooLarge, MaxBodySize>>20)
	}
	text, err := toUTF8(raw, "")
	if err != nil {
		return nil, fmt.Errorf("reading OPML: %w", err)
	}
	z := html.NewTokenizer(bytes.NewReader(text))
	var out []Outline
	seen := map[string]bool{}
	var folders []string // one entry per open outline; "" for one that is a feed itself
	sawOPML := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return out, fmt.Errorf("reading OPML: %w", err)
			}
			if !sawOPML {
				return nil, ErrNotOPML
			}
			return out, nil
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "outline" && len(folders) > 0 {
				folders = folders[:len(folders)-1]
			}
			continue
		case html.StartTagToken, html.SelfClosingTagToken:
			// No OPML element holds raw text, as an HTML <title> does: an
			// empty <title/> would otherwise swallow the rest of the file.
			z.NextIsNotRawText()
		default:
			continue
		}
		name, hasAttr := z.TagName()
		switch string(name) {
		case "opml":
			sawOPML = true
			continue
		case "outline":
		default:
			continue
		}
		var attrs map[string]string
		if hasAttr {
			attrs = attributes(z)
		}
		feedURL := strings.TrimSpace(attrs["xmlurl"])
		if feedURL == "" && !notFeed[strings.ToLower(strings.TrimSpace(attrs["type"]))] {
			feedURL = strings.TrimSpace(attrs["url"]) // OPML 1 writers, and some podcast apps
		}
		title := collapse(attrs["title"])
		if title == "" {
			title = collapse(attrs["text"])
		}
		if feedURL != "" && !seen[feedURL] {
			seen[feedURL] = true
			out = append(out, Outline{
				URL:      clean(feedURL),
				Title:    clean(title),
				SiteURL:  clean(strings.TrimSpace(attrs["htmlurl"])),
				Category: category(folders, attrs["category"]),
			})
		}
		if tt == html.StartTagToken {
			folder := ""
			if feedURL == "" {
				folder = strings.ReplaceAll(clean(title), "/", "∕")
			}
			folders = append(folders, folder)
		}
	}
}

// notFeed are the outline types whose url is no feed: a web page, an
// OPML file to include, a folder of searches.
var notFeed = map[string]bool{"link": true, "include": true, "html": true, "vfolder": true}

// category is the path of the folders around an outline; an outline at
// the top takes the first path of its own category attribute (OPML 2).
func category(folders []string, attr string) string {
	var path []string
	for _, f := range folders {
		if f != "" {
			path = append(path, f)
		}
	}
	if len(path) == 0 && attr != "" {
		first := strings.TrimSpace(strings.SplitN(attr, ",", 2)[0])
		for _, p := range strings.Split(first, "/") {
			if p = collapse(p); p != "" {
				path = append(path, clean(p))
			}
		}
	}
	return strings.Join(path, "/")
}

// WriteOPML writes subs as an OPML 2.0 file: subscriptions without a
// category at the top, the others inside nested outlines, one for each
// level of their category, in the order they first appear.
func WriteOPML(w io.Writer, title string, subs []Outline) error {
	root := &folder{}
	for _, s := range subs {
		f := root
		if s.Category != "" {
			for _, name := range strings.Split(s.Category, "/") {
				f = f.child(name)
			}
		}
		f.feeds = append(f.feeds, s)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>%s</title>\n    <dateCreated>%s</dateCreated>\n  </head>\n  <body>\n",
		escape(title), time.Now().UTC().Format(time.RFC1123Z))
	root.write(bw, 2)
	bw.WriteString("  </body>\n</opml>\n")
	return bw.Flush()
}

type folder struct {
	name     string
	feeds    []Outline
	children []*folder
}

func (f *folder) child(name string) *folder {
	for _, c := range f.children {
		if c.name == name {
			return c
		}
	}
	c := &folder{name: name}
	f.children = append(f.children, c)
	return c
}

func (f *folder) write(w *bufio.Writer, depth int) {
	indent := strings.Repeat("  ", depth)
	for _, s := range f.feeds {
		text := s.Title
		if text == "" {
			text = s.URL
		}
		fmt.Fprintf(w, "%s<outline type=\"rss\" text=\"%s\" title=\"%s\" xmlUrl=\"%s\"", indent, escape(text), escape(text), escape(s.URL))
		if s.SiteURL != "" {
			fmt.Fprintf(w, " htmlUrl=\"%s\"", escape(s.SiteURL))
		}
		w.WriteString("/>\n")
	}
	for _, c := range f.children {
		fmt.Fprintf(w, "%s<outline text=\"%s\" title=\"%s\">\n", indent, escape(c.name), escape(c.name))
		c.write(w, depth+1)
		fmt.Fprintf(w, "%s</outline>\n", indent)
	}
}

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
